using Npgsql;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Web.Tests.Support;

/// <summary>
/// One throw-away PostgreSQL per test run, started by the app's own launcher, with a migrated
/// template database; each test class gets a fresh copy of the template.
/// </summary>
public static class TestPostgres
{
    const string Template = "transcribe_template";
    static readonly SemaphoreSlim CreateLock = new(1, 1);
    static readonly Lazy<Task<PrivateCluster>> Server = new(StartAsync);

    static async Task<PrivateCluster> StartAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"transcribe-tests-{Environment.ProcessId}");
        var cluster = new PrivateCluster(folder, throwaway: true);
        await cluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        await DatabaseHost.EnsureDatabaseAsync(cluster.ConnectionString(), Template, template: null, CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString(Template));
        await new MigrationRunner(dataSource).MigrateAsync(Migration.Embedded());
        NpgsqlConnection.ClearAllPools(); // a template must have no open connections to be copied
        return cluster;
    }

    public static async Task<string> ServerConnectionStringAsync() => (await Server.Value).ConnectionString();

    /// <summary>A new, migrated database with a unique name; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var cluster = await Server.Value;
        string name = $"{prefix}_{Guid.NewGuid():N}";
        // CREATE DATABASE ... TEMPLATE fails if another copy is being made at the same moment.
        await CreateLock.WaitAsync();
        try
        {
            await DatabaseHost.EnsureDatabaseAsync(cluster.ConnectionString(), name, Template, CancellationToken.None);
        }
        finally
        {
            CreateLock.Release();
        }
        return cluster.ConnectionString(name);
    }

    /// <summary>A new database with nothing in it, for tests of the migration runner itself.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var cluster = await Server.Value;
        string name = $"empty_{Guid.NewGuid():N}";
        await DatabaseHost.EnsureDatabaseAsync(cluster.ConnectionString(), name, template: null, CancellationToken.None);
        return cluster.ConnectionString(name);
    }
}
