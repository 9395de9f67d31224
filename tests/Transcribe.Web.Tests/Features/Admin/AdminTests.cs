using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Admin;

public sealed class AdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(Roles.Volunteer)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Curator)]
    public async Task UsersPage_ForAnyoneButAnAdmin_Returns403(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(user);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UsersPage_WhenAnonymous_RedirectsToLogin()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task UsersPage_ForAnAdmin_ListsAccountsAndSearches()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var other = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(admin);

        var all = await client.GetPageAsync("/admin/users");
        var found = await client.GetPageAsync("/admin/users?q=" + Uri.EscapeDataString(other.Email));

        Assert.Contains(other.Email, all.QuerySelector("table")!.TextContent);
        var rows = found.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains(other.Email, rows[0].TextContent);
    }

    [Fact]
    public async Task SetRoles_ByAnAdmin_MakesAVolunteerAReviewer()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var volunteer = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(admin);

        var response = await client.SubmitFormAsync("/admin/users?q=" + Uri.EscapeDataString(volunteer.Email),
            $"/admin/users/{volunteer.Id}/roles", new Dictionary<string, string> { ["roles"] = Roles.Reviewer });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        var roles = await connection.QueryAsync<string>(
            "select r.name from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = @Id order by r.name", new { volunteer.Id });
        Assert.Equal([Roles.Reviewer, Roles.Volunteer], roles);
    }

    [Fact]
    public async Task SetRoles_WhenAnAdminDropsTheirOwnAdminRole_IsRefused()
    {
        var admin = await app.CreateUserAsync(Roles.Admin);
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(admin);

        await client.SubmitFormAsync("/admin/users?q=" + Uri.EscapeDataString(admin.Email),
            $"/admin/users/{admin.Id}/roles", new Dictionary<string, string> { ["roles"] = Roles.Reviewer });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task SetRoles_ByAVolunteer_IsForbiddenAndChangesNothing()
    {
        var volunteer = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(volunteer);
        var page = await client.GetPageAsync("/account");
        string token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/admin/users/{volunteer.Id}/roles", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["roles"] = Roles.Admin,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from user_roles where user_id = @Id", new { volunteer.Id }));
    }
}
