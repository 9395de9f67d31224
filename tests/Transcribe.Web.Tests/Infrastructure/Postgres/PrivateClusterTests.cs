using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Web.Tests.Infrastructure.Postgres;

/// <summary>The launcher the app uses when no connection string is configured (each test makes its own cluster).</summary>
public sealed class PrivateClusterTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), $"transcribe-cluster-{Guid.NewGuid():N}");

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    static async Task<T> QueryAsync<T>(PrivateCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("null");
    }

    [Fact]
    public async Task Start_OnAnEmptyFolder_InitialisesAndServesOnLoopback()
    {
        await using var cluster = new PrivateCluster(folder, throwaway: true);

        await cluster.StartAsync();

        Assert.True(cluster.Port > 0);
        Assert.True(int.Parse(await QueryAsync<string>(cluster, "show server_version_num")) >= 150000);
        Assert.True(File.Exists(Path.Combine(folder, "data", "PG_VERSION")));
        Assert.Equal("127.0.0.1", await QueryAsync<string>(cluster, "show listen_addresses"));
    }

    [Fact]
    public async Task Stop_ThenStartAgain_ReusesTheSameData()
    {
        var first = new PrivateCluster(folder, throwaway: true);
        await first.StartAsync();
        await QueryAsync<int>(first, "create table kept (id int); insert into kept values (42); select 1");
        string password = File.ReadAllText(Path.Combine(folder, "password"));
        await first.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => QueryAsync<int>(first, "select 1"));

        await using var second = new PrivateCluster(folder, throwaway: true);
        await second.StartAsync();

        Assert.Equal(42, await QueryAsync<int>(second, "select id from kept"));
        Assert.Equal(password, File.ReadAllText(Path.Combine(folder, "password")));
    }

    [Fact]
    public async Task Start_WhenAPreviousProcessLeftItRunning_AdoptsTheRunningServer()
    {
        var crashedApp = new PrivateCluster(folder, throwaway: true);
        await crashedApp.StartAsync();
        // crashedApp is never stopped: its process "died" with the cluster still running.

        await using var nextApp = new PrivateCluster(folder, throwaway: true);
        await nextApp.StartAsync();

        Assert.Equal(crashedApp.Port, nextApp.Port);
        Assert.Equal(1, await QueryAsync<int>(nextApp, "select 1"));
    }

    [Fact]
    public async Task StopAsync_OfACommandBesideARunningApp_LeavesTheAppsServerRunning()
    {
        await using var runningApp = new PrivateCluster(folder, throwaway: true);
        await runningApp.StartAsync();
        var migrateCommand = new PrivateCluster(folder, throwaway: true);
        await migrateCommand.StartAsync();

        await migrateCommand.StopAsync(evenIfAdopted: false);

        Assert.True(migrateCommand.Adopted);
        Assert.Equal(1, await QueryAsync<int>(runningApp, "select 1"));
    }

    [Fact]
    public async Task Start_WithAStaleLockFileFromACrash_RemovesItAndStarts()
    {
        var cluster = new PrivateCluster(folder, throwaway: true);
        await cluster.StartAsync();
        await cluster.StopAsync();
        // What a power cut leaves: a lock file naming a process that no longer exists.
        string lockFile = Path.Combine(folder, "data", "postmaster.pid");
        File.WriteAllLines(lockFile, ["4194000", Path.Combine(folder, "data"), "1700000000", "59999", folder, "127.0.0.1", "  1234   5678", "ready"]);

        await using var restarted = new PrivateCluster(folder, throwaway: true);
        await restarted.StartAsync();

        Assert.Equal(1, await QueryAsync<int>(restarted, "select 1"));
        Assert.NotEqual(59999, restarted.Port);
    }

    [Fact]
    public async Task Start_InAFolderThePostgresUserCannotReach_SaysSoPlainly()
    {
        if (Environment.UserName != "root") return; // only root hands the cluster to the postgres user
        string closed = Directory.CreateTempSubdirectory("transcribe-closed-").FullName; // mode 0700

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PrivateCluster(Path.Combine(closed, "pg")).StartAsync());

        Assert.Contains("cannot reach", error.Message);
        Directory.Delete(closed, recursive: true);
    }

    [Fact]
    public void FindBinaries_FindsPgCtlAndInitdb()
    {
        string dir = PrivateCluster.FindBinaries();

        Assert.True(File.Exists(Path.Combine(dir, "pg_ctl")));
        Assert.True(File.Exists(Path.Combine(dir, "initdb")));
    }
}
