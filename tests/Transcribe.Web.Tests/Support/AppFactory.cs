using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Tests.Support;

/// <summary>The real app over its own fresh database: one per test class (IClassFixture).</summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "a long test passphrase";

    public string ConnectionString { get; private set; } = "";

    /// <summary>This app's own storage folder (originals, tiles), so test classes never see each other's files.</summary>
    public string StorageFolder { get; } = Path.Combine(Path.GetTempPath(), $"transcribe-storage-{Guid.NewGuid():N}");

    /// <summary>Set before first use to share another factory's database (two app processes, one database).</summary>
    public string? SharedConnectionString { get; set; }

    public virtual async Task InitializeAsync() =>
        ConnectionString = SharedConnectionString ?? await TestPostgres.CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Transcribe", ConnectionString);
        builder.UseSetting("Transcribe:Storage", StorageFolder);
        // Request lines from hundreds of tests drown the failures; warnings and errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Creates an account with the given roles (Volunteer always) straight through Identity.</summary>
    public async Task<TestUser> CreateUserAsync(params string[] roles)
    {
        string email = $"user-{Guid.NewGuid():N}@example.org";
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Test " + email[5..13] };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles.Append(Roles.Volunteer).Distinct()));
        return new TestUser(user.Id, email, Password, user.DisplayName);
    }

    /// <summary>Waits (a minute at most) until the background worker has tiled every page of a ledger.</summary>
    public async Task WaitForTilesAsync(int documentId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        for (int i = 0; i < 600; i++)
        {
            long pending = await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, """
                select count(*) from pages p join images i on i.id = p.image_id
                 where p.document_id = @documentId and i.tile_state <> 'ready'
                """, new { documentId });
            if (pending == 0) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The pages of ledger {documentId} were not tiled within a minute.");
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}

public sealed record TestUser(Guid Id, string Email, string Password, string DisplayName);
