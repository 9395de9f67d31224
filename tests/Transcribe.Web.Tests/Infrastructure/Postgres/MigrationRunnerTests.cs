using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Postgres;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Infrastructure.Postgres;

public sealed class MigrationRunnerTests
{
    static async Task<NpgsqlDataSource> EmptyDatabaseAsync() => NpgsqlDataSource.Create(await TestPostgres.CreateEmptyDatabaseAsync());

    [Fact]
    public async Task Migrate_AppliesFilesInNameOrder_AndJournalsEachWithItsChecksum()
    {
        await using var db = await EmptyDatabaseAsync();
        // Given out of order: the second needs the first's table, so a wrong order fails.
        Migration[] files =
        [
            new("0002_add_column.sql", "alter table things add column colour text"),
            new("0001_create.sql", "create table things (id int primary key)"),
        ];
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        var applied = await new MigrationRunner(db).MigrateAsync(ordered);

        Assert.Equal(["0001_create.sql", "0002_add_column.sql"], applied);
        await using var connection = await db.OpenConnectionAsync();
        var journal = (await connection.QueryAsync<(string Name, string Checksum, DateTime AppliedAt)>(
            "select name, checksum, applied_at from schema_migrations order by name")).ToList();
        Assert.Equal(["0001_create.sql", "0002_add_column.sql"], journal.Select(j => j.Name));
        Assert.Equal(ordered.Select(m => m.Checksum), journal.Select(j => j.Checksum));
        Assert.All(journal, j => Assert.True(j.AppliedAt > DateTime.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task FromFolder_OrdersByFileName_NotByCreationOrListingOrder()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "0010_later.sql"), "select 1");
        File.WriteAllText(Path.Combine(folder, "0002_earlier.sql"), "select 1");
        File.WriteAllText(Path.Combine(folder, "0001_first.sql"), "select 1");

        var migrations = Migration.FromFolder(folder);

        Assert.Equal(["0001_first.sql", "0002_earlier.sql", "0010_later.sql"], migrations.Select(m => m.Name));
    }

    [Fact]
    public async Task Migrate_RunTwice_AppliesNothingTheSecondTime()
    {
        await using var db = await EmptyDatabaseAsync();
        Migration[] files = [new("0001_create.sql", "create table things (id int primary key)")];
        await new MigrationRunner(db).MigrateAsync(files);

        var second = await new MigrationRunner(db).MigrateAsync(files);

        Assert.Empty(second);
    }

    [Fact]
    public async Task Migrate_WhenAnAppliedFileWasEdited_RefusesAndSaysWhich()
    {
        await using var db = await EmptyDatabaseAsync();
        await new MigrationRunner(db).MigrateAsync([new("0001_create.sql", "create table things (id int primary key)")]);

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            new MigrationRunner(db).MigrateAsync([
                new("0001_create.sql", "create table things (id bigint primary key)"),
                new("0002_more.sql", "create table more_things (id int)"),
            ]));

        Assert.Contains("0001_create.sql", error.Message);
        Assert.Contains("never be edited", error.Message);
        await using var connection = await db.OpenConnectionAsync();
        Assert.Null(await connection.ExecuteScalarAsync<string?>("select to_regclass('more_things')::text"));
    }

    [Fact]
    public async Task Migrate_WhenAFileFails_RollsBackThatFileAndKeepsTheOnesBefore()
    {
        await using var db = await EmptyDatabaseAsync();

        var error = await Assert.ThrowsAsync<MigrationException>(() =>
            new MigrationRunner(db).MigrateAsync([
                new("0001_good.sql", "create table good (id int)"),
                new("0002_bad.sql", "create table half (id int); select * from no_such_table"),
            ]));

        Assert.Contains("0002_bad.sql", error.Message);
        await using var connection = await db.OpenConnectionAsync();
        Assert.Equal("good", await connection.ExecuteScalarAsync<string?>("select to_regclass('good')::text"));
        Assert.Null(await connection.ExecuteScalarAsync<string?>("select to_regclass('half')::text"));
        Assert.Equal(["0001_good.sql"], await connection.QueryAsync<string>("select name from schema_migrations"));
    }

    [Fact]
    public async Task Migrate_TwoProcessesStartingAtOnce_ApplyEachFileExactlyOnce()
    {
        await using var db = await EmptyDatabaseAsync();
        // Slow enough that both runners are inside MigrateAsync together; a second apply would fail on "already exists".
        Migration[] files =
        [
            new("0001_slow.sql", "select pg_sleep(0.5); create table counted (id int)"),
            new("0002_insert.sql", "insert into counted values (1)"),
        ];

        var results = await Task.WhenAll(
            Task.Run(() => new MigrationRunner(db).MigrateAsync(files)),
            Task.Run(() => new MigrationRunner(db).MigrateAsync(files)));

        Assert.Equal(2, results.Sum(r => r.Count));
        Assert.Contains(results, r => r.Count == 0);
        await using var connection = await db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from counted"));
    }

    [Fact]
    public async Task Migrate_WhenTheDatabaseHasAMigrationTheAppDoesNotKnow_Refuses()
    {
        await using var db = await EmptyDatabaseAsync();
        await new MigrationRunner(db).MigrateAsync([new("0001_a.sql", "select 1"), new("0002_b.sql", "select 1")]);

        var error = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner(db).MigrateAsync([new("0001_a.sql", "select 1")]));

        Assert.Contains("0002_b.sql", error.Message);
    }

    [Fact]
    public async Task IsUpToDate_IsFalseUntilEveryFileIsApplied()
    {
        await using var db = await EmptyDatabaseAsync();
        Migration[] files = [new("0001_a.sql", "select 1")];
        var runner = new MigrationRunner(db);
        Assert.False(await runner.IsUpToDateAsync(files));

        await runner.MigrateAsync(files);

        Assert.True(await runner.IsUpToDateAsync(files));
        Assert.False(await runner.IsUpToDateAsync([.. files, new("0002_b.sql", "select 1")]));
    }

    [Theory]
    [InlineData("1_short.sql")]
    [InlineData("0001-dashes.sql")]
    [InlineData("0001_Upper.sql")]
    public void FromFolder_RejectsFilesNotNamedNnnnLowercase(string name)
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, name), "select 1");

        var error = Assert.Throws<MigrationException>(() => Migration.FromFolder(folder));

        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void FromFolder_RejectsTwoFilesWithTheSameNumber()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "0001_a.sql"), "select 1");
        File.WriteAllText(Path.Combine(folder, "0001_b.sql"), "select 1");

        Assert.Throws<MigrationException>(() => Migration.FromFolder(folder));
    }

    [Fact]
    public void Embedded_CarriesTheRepositoryMigrationsInOrder()
    {
        var embedded = Migration.Embedded();
        var onDisk = Migration.FromFolder(Path.Combine(RepositoryRoot(), "migrations"));

        Assert.Equal(onDisk.Select(m => (m.Name, m.Checksum)), embedded.Select(m => (m.Name, m.Checksum)));
        Assert.Equal("0001_identity.sql", embedded[0].Name);
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Transcribe.sln"))) return dir.FullName;
        throw new InvalidOperationException("Transcribe.sln not found above the test binaries");
    }
}
