using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace Transcribe.Web.Infrastructure.Postgres;

/// <summary>One forward-only schema change: migrations/NNNN_name.sql.</summary>
public sealed partial record Migration(string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql))).ToLowerInvariant();

    [GeneratedRegex(@"^\d{4}_[a-z0-9_]+\.sql$")]
    private static partial Regex FileName();

    // Compiled in, so they cannot change while the process runs: read and hashed once (readyz asks often).
    static readonly Lazy<IReadOnlyList<Migration>> EmbeddedOnce = new(ReadEmbedded);

    /// <summary>The migrations compiled into the app from the repository's migrations/ folder.</summary>
    public static IReadOnlyList<Migration> Embedded() => EmbeddedOnce.Value;

    static IReadOnlyList<Migration> ReadEmbedded()
    {
        var assembly = typeof(Migration).Assembly;
        return Ordered(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
            .Select(n => new Migration(n["migrations/".Length..], Read(assembly, n))));
    }

    public static IReadOnlyList<Migration> FromFolder(string folder) =>
        Ordered(Directory.GetFiles(folder, "*.sql").Select(f => new Migration(Path.GetFileName(f), File.ReadAllText(f))));

    static IReadOnlyList<Migration> Ordered(IEnumerable<Migration> migrations)
    {
        var list = migrations.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var badName = list.FirstOrDefault(m => !FileName().IsMatch(m.Name));
        if (badName is not null)
            throw new MigrationException($"Migration file '{badName.Name}' is not named NNNN_lowercase_name.sql.");
        var duplicate = list.GroupBy(m => m.Name[..4]).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new MigrationException($"Two migrations share the number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        return list;
    }

    static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public sealed class MigrationException(string message) : Exception(message);

/// <summary>
/// Applies migrations in name order, each in its own transaction, recording name, checksum and time
/// in a journal. An advisory lock makes concurrent starts take turns; an applied file that changed
/// stops the start, because the schema would no longer be what the files say.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger? logger = null)
{
    // Any fixed number, the same in every process of this app: "transcribe" in ASCII.
    const long LockKey = 0x7472616E73637269;

    const string CreateJournal = """
        create table if not exists schema_migrations (
            name        text primary key,
            checksum    text not null,
            applied_at  timestamptz not null default now()
        )
        """;

    const string ReadJournal = "select name, checksum from schema_migrations order by name";

    const string Record = "insert into schema_migrations (name, checksum) values (@Name, @Checksum)";

    /// <returns>The names of the migrations this call applied.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // Session-level lock: held across the per-file transactions, released on close even after a crash.
        await connection.ExecuteAsync("select pg_advisory_lock(@LockKey)", new { LockKey });
        try
        {
            await connection.ExecuteAsync(CreateJournal);
            var applied = (await connection.QueryAsync<(string Name, string Checksum)>(ReadJournal))
                .ToDictionary(r => r.Name, r => r.Checksum);
            Verify(migrations, applied);

            var done = new List<string>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Name)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
                    await connection.ExecuteAsync(Record, new { migration.Name, migration.Checksum }, tx);
                    await tx.CommitAsync(ct);
                }
                catch (PostgresException e)
                {
                    throw new MigrationException($"Migration {migration.Name} failed and was rolled back: {e.MessageText}");
                }
                logger?.LogInformation("Applied migration {Name}", migration.Name);
                done.Add(migration.Name);
            }
            return done;
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }

    /// <summary>True when every migration is applied unchanged (for /readyz).</summary>
    public async Task<bool> IsUpToDateAsync(IReadOnlyList<Migration> migrations, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        bool hasJournal = await connection.ExecuteScalarAsync<bool>("select to_regclass('schema_migrations') is not null");
        if (!hasJournal) return false;
        var applied = (await connection.QueryAsync<(string Name, string Checksum)>(ReadJournal)).ToDictionary(r => r.Name, r => r.Checksum);
        return migrations.All(m => applied.TryGetValue(m.Name, out string? sum) && sum == m.Checksum);
    }

    static void Verify(IReadOnlyList<Migration> migrations, Dictionary<string, string> applied)
    {
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Name, out string? checksum) && checksum != migration.Checksum)
                throw new MigrationException(
                    $"Migration {migration.Name} was applied with checksum {checksum[..12]}…, but the file now has {migration.Checksum[..12]}…. " +
                    "Applied migrations must never be edited: restore the file and put the change in a new migration.");
        }
        var known = migrations.Select(m => m.Name).ToHashSet();
        var unknown = applied.Keys.Where(n => !known.Contains(n)).ToList();
        if (unknown.Count > 0)
            throw new MigrationException(
                $"The database has migrations this app does not know ({string.Join(", ", unknown)}): it was migrated by a newer version.");
    }
}
