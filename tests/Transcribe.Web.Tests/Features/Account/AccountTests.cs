using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Account;

public sealed class AccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    static Dictionary<string, string> Registration(string email, string password = AppFactory.Password, string? confirm = null) => new()
    {
        ["DisplayName"] = "Mary Anning",
        ["Email"] = email,
        ["Password"] = password,
        ["ConfirmPassword"] = confirm ?? password,
    };

    static string NewEmail() => $"new-{Guid.NewGuid():N}@example.org";

    async Task<string[]> RolesOfAsync(string email)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return (await connection.QueryAsync<string>("""
            select r.name from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
             where u.email = @email order by r.name
            """, new { email })).ToArray();
    }

    [Fact]
    public async Task Register_WithAValidForm_CreatesAVolunteerAndLogsThemIn()
    {
        var client = app.CreateBrowserLikeClient();
        string email = NewEmail();

        var response = await client.SubmitFormAsync("/account/register", "/account/register", Registration(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Volunteer"], await RolesOfAsync(email));
        var account = await client.GetPageAsync("/account");
        Assert.Contains(email, account.QuerySelector(".facts")!.TextContent);
        Assert.Equal("Mary Anning", account.QuerySelector(".account-link")!.TextContent.Trim());
    }

    [Fact]
    public async Task Register_WithAnEmailAlreadyTaken_ShowsWhyAndCreatesNothing()
    {
        var existing = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();

        var response = await client.SubmitFormAsync("/account/register", "/account/register", Registration(existing.Email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already exists", (await response.ParseAsync()).QuerySelector("[data-valmsg-for=Email]")!.TextContent);
    }

    [Theory]
    [InlineData("short", "short", "at least 10 characters")]
    [InlineData("a long passphrase", "a different phrase", "do not match")]
    public async Task Register_WithABadPassword_ShowsWhyAndCreatesNothing(string password, string confirm, string message)
    {
        var client = app.CreateBrowserLikeClient();
        string email = NewEmail();

        var response = await client.SubmitFormAsync("/account/register", "/account/register", Registration(email, password, confirm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).QuerySelector("main")!.TextContent);
        Assert.Empty(await RolesOfAsync(email));
    }

    [Fact]
    public async Task Register_WithoutTheAntiforgeryToken_IsRejectedWith400()
    {
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(Registration(NewEmail())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be used", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_WithTheRightPassword_SignsIn_AndLogoutSignsOut()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();

        await client.LoginAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var home = await client.GetPageAsync("/");
        var token = home.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var after = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_ShowsAnErrorAndDoesNotSignIn()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();

        var response = await client.LoginAsync(user.Email, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        for (int i = 0; i < 5; i++) await client.LoginAsync(user.Email, "wrong password " + i);

        var response = await client.LoginAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Login_ReturnUrlToAnotherSite_IsIgnored()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();

        var response = await client.SubmitFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", "/account/login",
            new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = user.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_WithTheCurrentOne_ReplacesIt()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(user);

        var response = await client.SubmitFormAsync("/account", "/account/password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = user.Password,
            ["Password.NewPassword"] = "an even longer passphrase",
            ["Password.ConfirmPassword"] = "an even longer passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().LoginAsync(user.Email, user.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().LoginAsync(user.Email, "an even longer passphrase")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentOne_IsRefused()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(user);

        var response = await client.SubmitFormAsync("/account", "/account/password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = "not my password",
            ["Password.NewPassword"] = "an even longer passphrase",
            ["Password.ConfirmPassword"] = "an even longer passphrase",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not right", (await response.ParseAsync()).QuerySelector("[data-valmsg-for='Password.CurrentPassword']")!.TextContent);
    }

    [Fact]
    public async Task ChangeDisplayName_IsSavedAndShownInTheHeader()
    {
        var user = await app.CreateUserAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(user);

        await client.SubmitFormAsync("/account", "/account/profile", new Dictionary<string, string> { ["Profile.DisplayName"] = "Othniel <Marsh>" });

        var page = await client.GetPageAsync("/account");
        Assert.Equal("Othniel <Marsh>", page.QuerySelector(".account-link")!.TextContent.Trim());
    }

    [Fact]
    public async Task AccountPage_WhenAnonymous_RedirectsToLogin()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }
}
