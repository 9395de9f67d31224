using Dapper;
using Npgsql;

namespace Transcribe.Web.Infrastructure.Postgres;

/// <summary>
/// Where the database is: the configured server, or (with no connection string) a private cluster
/// under the storage folder that this process starts and stops. The private one is the demo.
/// </summary>
public sealed class DatabaseHost(IConfiguration configuration, ILogger<DatabaseHost> logger) : IAsyncDisposable
{
    public const string ConnectionStringName = "Transcribe";
    const string PrivateDatabase = "transcribe";

    PrivateCluster? cluster;
    string? connectionString;

    public bool IsPrivate => cluster is not null;

    /// <summary>Set by the command-line verbs: they may run while the app serves from the same private cluster.</summary>
    public bool LeaveAdoptedServerRunning { get; set; }

    public string ConnectionString =>
        connectionString ?? throw new InvalidOperationException("The database has not been started yet.");

    public async Task StartAsync(CancellationToken ct)
    {
        if (connectionString is not null) return;
        string? configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connectionString = configured;
            return;
        }
        string storage = Path.GetFullPath(configuration["Transcribe:Storage"] ?? ".data");
        cluster = new PrivateCluster(Path.Combine(storage, "postgres"), logger);
        await cluster.StartAsync(ct);
        await EnsureDatabaseAsync(cluster.ConnectionString(), PrivateDatabase, template: null, ct);
        connectionString = cluster.ConnectionString(PrivateDatabase);
    }

    public async Task StopAsync()
    {
        if (cluster is not null) await cluster.StopAsync(evenIfAdopted: !LeaveAdoptedServerRunning);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Creates a database on the server unless it exists (optionally as a copy of a template).</summary>
    public static async Task EnsureDatabaseAsync(string serverConnectionString, string name, string? template, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(ct);
        bool exists = await connection.ExecuteScalarAsync<bool>("select exists (select 1 from pg_database where datname = @name)", new { name });
        if (exists) return;
        // Identifiers cannot be parameters; the names come from our code, and quoting keeps them inert.
        string sql = $"create database {Quote(name)}" + (template is null ? "" : $" template {Quote(template)}");
        await connection.ExecuteAsync(sql);
    }

    static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
