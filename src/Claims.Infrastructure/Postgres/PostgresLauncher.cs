using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Claims.Infrastructure.Postgres;

/// <summary>
/// Starts the private PostgreSQL cluster of a data directory from the installed binaries, or joins the server
/// another process already runs for it. Socket-only on Unix (trust authentication is safe because only the
/// server's user and root can enter the socket folder).
/// </summary>
public static class PostgresLauncher
{
    public static async Task<EmbeddedPostgres> StartAsync(PostgresLaunchOptions options, ILogger? log = null, CancellationToken ct = default)
    {
        log ??= NullLogger.Instance;
        var binaries = PostgresBinaries.Find(options.PgBin, options.SearchInstalledLocations);
        var dataDirectory = options.ResolveDataDirectory();
        Directory.CreateDirectory(dataDirectory);
        using var _ = await LauncherLock.AcquireAsync(dataDirectory, options.LockTimeout, ct);
        var layout = await ClusterLayout.PrepareAsync(dataDirectory, options.Port, ct);
        if (layout.ClusterRoot != dataDirectory)
        {
            log.LogInformation(
                "The cluster of {DataDirectory} lives in {ClusterDirectory} (the {User} user cannot enter the data directory; see its cluster-location file)",
                dataDirectory, layout.ClusterRoot, layout.ServerUser);
        }

        var clients = new ClientRegistry(dataDirectory);
        PostgresLaunchOutcome outcome;
        if (!layout.IsInitialised)
        {
            await InitDbAsync(layout, binaries, options, ct);
            await StartServerAsync(layout, binaries, options, ct);
            outcome = PostgresLaunchOutcome.Initialised;
        }
        else if (await IsRunningAsync(layout, ct))
        {
            outcome = clients.LiveClients().Count > 0 ? PostgresLaunchOutcome.Reused : PostgresLaunchOutcome.Adopted;
        }
        else
        {
            await StartServerAsync(layout, binaries, options, ct);
            outcome = PostgresLaunchOutcome.Started;
        }

        try
        {
            await EnsureDatabaseAsync(layout, options.Database, log, ct);
        }
        catch when (outcome is PostgresLaunchOutcome.Initialised or PostgresLaunchOutcome.Started)
        {
            await StopAsync(layout, binaries, PostgresStopMode.Fast, wait: true, CancellationToken.None);
            throw;
        }

        if (outcome != PostgresLaunchOutcome.Reused)
        {
            // Connections pooled in this process from an earlier server of this cluster are dead.
            ClearPools(layout, options.Database);
        }

        var registration = clients.Register();
        log.LogInformation(
            "PostgreSQL for {DataDirectory}: {Outcome} (cluster {ClusterDirectory}, socket {Host}, port {Port}, database {Database}{Durability})",
            dataDirectory, Describe(outcome), layout.PgData, layout.Host, layout.Port, options.Database,
            outcome is PostgresLaunchOutcome.Reused or PostgresLaunchOutcome.Adopted ? "" : options.Durable ? ", durable" : ", NOT durable");
        return new EmbeddedPostgres(layout, binaries, options, registration, outcome, log);
    }

    /// <summary>Stops whatever server runs for a data directory, users or not (stale test clusters, admin commands).</summary>
    public static async Task StopServerAsync(PostgresLaunchOptions options, PostgresStopMode mode, CancellationToken ct = default)
    {
        var binaries = PostgresBinaries.Find(options.PgBin, options.SearchInstalledLocations);
        var dataDirectory = options.ResolveDataDirectory();
        if (!Directory.Exists(dataDirectory))
        {
            return;
        }

        using var _ = await LauncherLock.AcquireAsync(dataDirectory, options.LockTimeout, ct);
        await StopAsync(ClusterLayout.Read(dataDirectory, options.Port), binaries, mode, wait: true, ct);
    }

    private static string Describe(PostgresLaunchOutcome outcome) => outcome switch
    {
        PostgresLaunchOutcome.Initialised => "created a new cluster and started it",
        PostgresLaunchOutcome.Started => "started the existing cluster",
        PostgresLaunchOutcome.Reused => "reused the server another process runs",
        _ => "adopted a server left running by a process that has ended; it will be stopped when this process exits",
    };

    /// <summary>initdb into a side folder renamed into place, so a run killed mid-way never leaves a half cluster behind.</summary>
    private static async Task InitDbAsync(ClusterLayout layout, PostgresBinaries binaries, PostgresLaunchOptions options, CancellationToken ct)
    {
        if (Directory.Exists(layout.PgData))
        {
            if (Directory.EnumerateFileSystemEntries(layout.PgData).Any())
            {
                throw new PostgresLaunchException($"{layout.PgData} holds files but no PostgreSQL cluster (no PG_VERSION); move it away and start again.");
            }

            Directory.Delete(layout.PgData);
        }

        var fresh = layout.PgData + "-init";
        if (Directory.Exists(fresh))
        {
            Directory.Delete(fresh, recursive: true);
        }

        Directory.CreateDirectory(fresh);
        if (layout.ServerUser is { } user)
        {
            await ClusterLayout.ChownAsync(user, [fresh], ct);
        }

        List<string> args = ["-D", fresh, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"];
        if (!options.Durable)
        {
            args.Add("--no-sync");
        }

        var result = await ServerProcess.RunAsync(binaries.InitDb, args, layout.ServerUser, layout.ClusterRoot, ct);
        if (result.ExitCode != 0)
        {
            throw new PostgresLaunchException($"initdb failed for {layout.PgData} (exit {result.ExitCode}):\n{result.Output}");
        }

        Directory.Move(fresh, layout.PgData);
    }

    private static async Task StartServerAsync(ClusterLayout layout, PostgresBinaries binaries, PostgresLaunchOptions options, CancellationToken ct)
    {
        RemoveStaleLockFiles(layout);
        var settings = ServerArguments.For(layout, options);
        // -l always: without a log file the server keeps our output pipe open and a caller reading it never finishes.
        var result = await ServerProcess.RunAsync(
            binaries.PgCtl, ["-D", layout.PgData, "-l", layout.LogFile, "-w", "-t", "120", "start", "-o", settings], layout.ServerUser, layout.ClusterRoot, ct);
        if (result.ExitCode != 0)
        {
            throw new PostgresLaunchException(
                $"PostgreSQL did not start for {layout.DataDirectory} (pg_ctl exit {result.ExitCode}): {result.Output}\nEnd of {layout.LogFile}:\n{ServerLog.Tail(layout.LogFile)}");
        }
    }

    internal static async Task StopAsync(ClusterLayout layout, PostgresBinaries binaries, PostgresStopMode mode, bool wait, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(layout.PgData, "postmaster.pid")))
        {
            return;
        }

        var modeName = mode == PostgresStopMode.Immediate ? "immediate" : "fast";
        var result = await ServerProcess.RunAsync(
            binaries.PgCtl, ["-D", layout.PgData, "-m", modeName, wait ? "-w" : "-W", "-t", "120", "stop"], layout.ServerUser, layout.ClusterRoot, ct);
        // Exit 1 with "no server running" means a stale pid file: nothing to stop.
        if (result.ExitCode != 0 && wait && File.Exists(Path.Combine(layout.PgData, "postmaster.pid")) && PostmasterPid(layout) is { } pid && ServerProcess.IsPostgres(pid))
        {
            throw new PostgresLaunchException(
                $"PostgreSQL of {layout.DataDirectory} did not stop (pg_ctl exit {result.ExitCode}): {result.Output}\nEnd of {layout.LogFile}:\n{ServerLog.Tail(layout.LogFile)}");
        }
    }

    /// <summary>A server runs when its postmaster.pid names a live postgres process that accepts connections.</summary>
    private static async Task<bool> IsRunningAsync(ClusterLayout layout, CancellationToken ct)
    {
        if (PostmasterPid(layout) is not { } pid || !ServerProcess.IsPostgres(pid))
        {
            return false;
        }

        // It may still be starting or recovering after a crash: give it time before calling it broken.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Connection(layout, "postgres", pooling: false));
                await connection.OpenAsync(ct);
                return true;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && ServerProcess.IsPostgres(pid))
            {
                await Task.Delay(200, ct);
            }
            catch (NpgsqlException e) when (ServerProcess.IsPostgres(pid))
            {
                throw new PostgresLaunchException(
                    $"A PostgreSQL server (pid {pid}) runs for {layout.DataDirectory} but does not accept connections on {layout.Host}: {e.Message}\nEnd of {layout.LogFile}:\n{ServerLog.Tail(layout.LogFile)}", e);
            }
            catch (NpgsqlException)
            {
                return false;
            }
        }
    }

    private static int? PostmasterPid(ClusterLayout layout)
    {
        var file = Path.Combine(layout.PgData, "postmaster.pid");
        try
        {
            var first = File.ReadLines(file).FirstOrDefault();
            return int.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Leftovers of a killed server: PostgreSQL refuses to start when their pid now belongs to some other live
    /// process. Only called when no server of ours runs, and the socket folder is this cluster's alone.
    /// </summary>
    private static void RemoveStaleLockFiles(ClusterLayout layout)
    {
        File.Delete(Path.Combine(layout.PgData, "postmaster.pid"));
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(Path.Combine(layout.SocketDirectory, $".s.PGSQL.{layout.Port}.lock"));
            File.Delete(Path.Combine(layout.SocketDirectory, $".s.PGSQL.{layout.Port}"));
        }
    }

    private static async Task EnsureDatabaseAsync(ClusterLayout layout, string database, ILogger log, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Connection(layout, "postgres", pooling: false));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
        await create.ExecuteNonQueryAsync(ct);
        log.LogInformation("Created database {Database}", database);
    }

    internal static void ClearPools(ClusterLayout layout, string database)
    {
        foreach (var name in new[] { database, "postgres" })
        {
            using var connection = new NpgsqlConnection(Connection(layout, name, pooling: true));
            NpgsqlConnection.ClearPool(connection);
        }
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static string Connection(ClusterLayout layout, string database, bool pooling) => new NpgsqlConnectionStringBuilder
    {
        Host = layout.Host,
        Port = layout.Port,
        Username = "postgres",
        Database = database,
        Pooling = pooling,
    }.ConnectionString;
}
