using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Transcribe.Web.Infrastructure.Postgres;

/// <summary>
/// A PostgreSQL cluster of our own under one folder, run with the installed binaries: the app's
/// database when no connection string is configured, and the throw-away server of a test run.
/// PostgreSQL refuses to run as root, so as root every binary runs through `runuser -u postgres`.
/// </summary>
/// <param name="throwaway">Trades durability for speed (fsync off): for a test run's server, never for real data.</param>
public sealed class PrivateCluster(string folder, ILogger? logger = null, bool throwaway = false) : IAsyncDisposable
{
    const string Superuser = "postgres";

    public string Folder { get; } = Path.GetFullPath(folder);
    public int Port { get; private set; }
    public bool Started { get; private set; }

    /// <summary>True when the server was already running (left by a crashed app, or serving a running one).</summary>
    public bool Adopted { get; private set; }

    string DataDir => Path.Combine(Folder, "data");
    string PasswordFile => Path.Combine(Folder, "password");
    string LogFile => Path.Combine(Folder, "postgres.log");

    static bool IsRoot => Environment.UserName == "root";

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Password={File.ReadAllText(PasswordFile).Trim()};Database={database}";

    /// <summary>Initialises the cluster if it has never run, reuses one left running, or starts it.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        var binaries = FindBinaries();
        Directory.CreateDirectory(Folder);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", Folder], ct);
            await CheckPostgresCanReachAsync(ct);
        }

        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION")))
            await InitAsync(binaries, ct);

        if (RunningPort() is int port)
        {
            // A previous app process died without stopping its cluster: adopt it.
            logger?.LogInformation("Reusing the private PostgreSQL already running on port {Port}", port);
            Port = port;
            Adopted = true;
        }
        else
        {
            RemoveStaleLock();
            Port = FreeLoopbackPort();
            string options = $"-p {Port} -c listen_addresses=127.0.0.1 -k {DataDir} -c max_connections=200";
            if (throwaway) options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off";
            await RunAsPostgresAsync(Path.Combine(binaries, "pg_ctl"),
                ["start", "-w", "-t", "60", "-D", DataDir, "-l", LogFile, "-o", options], ct);
            logger?.LogInformation("Started the private PostgreSQL on port {Port} (data in {Folder})", Port, DataDir);
        }
        Started = true;
    }

    /// <param name="evenIfAdopted">False for a short command run beside a live app, which must not take its database away.</param>
    public async Task StopAsync(bool evenIfAdopted = true)
    {
        if (!Started || (Adopted && !evenIfAdopted)) return;
        Started = false;
        await RunAsPostgresAsync(Path.Combine(FindBinaries(), "pg_ctl"), ["stop", "-w", "-m", "fast", "-D", DataDir], CancellationToken.None);
        logger?.LogInformation("Stopped the private PostgreSQL");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    async Task InitAsync(string binaries, CancellationToken ct)
    {
        if (Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true); // a half-made init
        string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllTextAsync(PasswordFile, password, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (IsRoot) await RunAsync("chown", ["postgres:postgres", PasswordFile], ct);
        await RunAsPostgresAsync(Path.Combine(binaries, "initdb"),
            ["-D", DataDir, "-U", Superuser, "--pwfile", PasswordFile, "-E", "UTF8", "--locale", "C.UTF-8",
             "--auth-local", "peer", "--auth-host", "scram-sha-256"], ct);
        if (IsRoot)
        {
            // The app (root) must read the password it generated; postgres owned it only for initdb.
            await RunAsync("chown", ["root:root", PasswordFile], ct);
        }
    }

    /// <summary>A folder inside a private (0700) parent cannot be reached by the postgres user; say so plainly.</summary>
    async Task CheckPostgresCanReachAsync(CancellationToken ct)
    {
        try
        {
            await RunAsync("runuser", ["-u", "postgres", "--", "test", "-w", Folder], ct);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL runs as the user 'postgres', which cannot reach {Folder}: a parent folder is closed to other users. " +
                "Choose a storage folder under an open parent, or open it with chmod o+x on each parent.");
        }
    }

    /// <summary>The port of a live postmaster recorded in this cluster's lock file, if any.</summary>
    int? RunningPort()
    {
        string lockFile = Path.Combine(DataDir, "postmaster.pid");
        if (!File.Exists(lockFile)) return null;
        string[] lines = File.ReadAllLines(lockFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out int pid) || !int.TryParse(lines[3], out int port)) return null;
        if (!IsLivePostgres(pid)) return null;
        return CanConnect(port) ? port : null;
    }

    void RemoveStaleLock()
    {
        string lockFile = Path.Combine(DataDir, "postmaster.pid");
        if (!File.Exists(lockFile)) return;
        string first = File.ReadLines(lockFile).FirstOrDefault() ?? "";
        // A crash leaves the lock behind; if its pid now belongs to another program, postgres would refuse to start.
        if (!int.TryParse(first, out int pid) || !IsLivePostgres(pid))
        {
            File.Delete(lockFile);
            logger?.LogWarning("Removed a stale PostgreSQL lock file left by a crash");
        }
    }

    static bool IsLivePostgres(int pid)
    {
        string cmdline = $"/proc/{pid}/cmdline";
        return File.Exists(cmdline) && File.ReadAllText(cmdline).Contains("postgres", StringComparison.Ordinal);
    }

    static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException) { return false; }
    }

    static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Finds pg_ctl on PATH or in the newest /usr/lib/postgresql/*/bin.</summary>
    public static string FindBinaries()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")))
                return Path.GetDirectoryName(Path.GetFullPath(ResolveLink(Path.Combine(dir, "pg_ctl"))))!;
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out int v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.dir, "pg_ctl")))
                .OrderByDescending(x => x.version)
                .FirstOrDefault();
            if (newest.dir is not null) return newest.dir;
        }
        throw new InvalidOperationException(
            "PostgreSQL server binaries (pg_ctl, initdb) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
            "Install them with: apt-get install -y postgresql, or configure ConnectionStrings:Transcribe to use an existing server.");
    }

    static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    Task RunAsPostgresAsync(string program, string[] args, CancellationToken ct) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. args], ct) : RunAsync(program, args, ct);

    static async Task RunAsync(string program, string[] args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', args)} failed with exit code {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
    }
}
