using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Health;

public sealed class HealthTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Healthz_WhenTheProcessServes_Returns200()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_WhenTheDatabaseIsMigrated_Returns200()
    {
        var response = await app.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ready\"", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Its own database: it un-applies a migration behind the app's back.</summary>
public sealed class ReadinessWithoutMigrationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Readyz_WhenAMigrationIsNotApplied_Returns503AndSaysWhy()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
            await connection.ExecuteAsync("delete from schema_migrations where name = (select max(name) from schema_migrations)");

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("migrations", await response.Content.ReadAsStringAsync());
    }
}
