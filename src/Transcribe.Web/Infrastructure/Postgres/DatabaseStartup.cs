using Npgsql;
using Transcribe.Web.Infrastructure.Demo;

namespace Transcribe.Web.Infrastructure.Postgres;

/// <summary>
/// The first thing the app does when it starts: reach the database, migrate it, and on the private
/// demo database seed the demo accounts and project. Registered before every other hosted service,
/// so nothing touches the database before it is ready; stopped last, so it stops the private cluster.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseHost host, IServiceProvider services, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await host.StartAsync(ct);
        var runner = new MigrationRunner(services.GetRequiredService<NpgsqlDataSource>(), logger);
        await runner.MigrateAsync(Migration.Embedded(), ct);
        if (host.IsPrivate)
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedIfEmptyAsync(ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => host.StopAsync();
}
