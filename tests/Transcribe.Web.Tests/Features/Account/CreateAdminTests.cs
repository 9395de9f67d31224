using System.Net;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Account;

/// <summary>`./transcribe create-admin EMAIL`: how the first admin of a real deployment is made.</summary>
public sealed class CreateAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task CreateAdmin_MakesAnAccountThatCanLogInAndManageUsers()
    {
        _ = app.Server; // the app (and its database) is started
        string email = $"boss-{Guid.NewGuid():N}@museum.org";
        Environment.SetEnvironmentVariable("TRANSCRIBE_ADMIN_PASSWORD", "the first admin's passphrase");
        int exit;
        try
        {
            exit = await Verbs.CreateAdminAsync(app.Services, email);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TRANSCRIBE_ADMIN_PASSWORD", null);
        }

        Assert.Equal(0, exit);
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, "the first admin's passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }
}
