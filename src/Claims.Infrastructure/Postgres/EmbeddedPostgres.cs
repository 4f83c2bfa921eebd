using Microsoft.Extensions.Logging;

namespace Claims.Infrastructure.Postgres;

/// <summary>What the launcher did with a data directory's cluster.</summary>
public enum PostgresLaunchOutcome
{
    /// <summary>Created the cluster (initdb) and started its server.</summary>
    Initialised,

    /// <summary>Started the server of an existing cluster.</summary>
    Started,

    /// <summary>Connected to a server another live process started and still uses.</summary>
    Reused,

    /// <summary>Took over a server left running by processes that have since died.</summary>
    Adopted,
}

/// <summary>
/// The private PostgreSQL server of a data directory, as used by this process. Disposing it leaves the server
/// running while another live process still uses it; the last user stops it.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable, IDisposable
{
    private readonly ClusterLayout _layout;
    private readonly PostgresBinaries _binaries;
    private readonly PostgresLaunchOptions _options;
    private readonly string _registration;
    private readonly ILogger _log;
    private int _disposed;

    internal EmbeddedPostgres(
        ClusterLayout layout, PostgresBinaries binaries, PostgresLaunchOptions options, string registration, PostgresLaunchOutcome outcome, ILogger log)
    {
        _layout = layout;
        _binaries = binaries;
        _options = options;
        _registration = registration;
        _log = log;
        Outcome = outcome;
        ConnectionString = ConnectionStringFor(options.Database);
        // A host that forgets to dispose (or calls Environment.Exit) still stops the server it was the last user of.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Connection string of the application database (Npgsql format; no password, socket-only trust).</summary>
    public string ConnectionString { get; }

    public string DataDirectory => _layout.DataDirectory;

    /// <summary>Folder holding pg/ (the cluster), sock/ and server.log; the data directory unless it was relocated.</summary>
    public string ClusterDirectory => _layout.ClusterRoot;

    /// <summary>The socket folder on Unix, 127.0.0.1 on Windows.</summary>
    public string Host => _layout.Host;

    public int Port => _layout.Port;

    public PostgresLaunchOutcome Outcome { get; }

    public bool StartedByUs => Outcome is PostgresLaunchOutcome.Initialised or PostgresLaunchOutcome.Started;

    /// <summary>Connection string of another database on the same server (e.g. "postgres" for maintenance).</summary>
    public string ConnectionStringFor(string database) => PostgresLauncher.Connection(_layout, database, pooling: true);

    public ValueTask DisposeAsync() => ReleaseAsync(atExit: false);

    public void Dispose() => ReleaseAsync(atExit: false).AsTask().GetAwaiter().GetResult();

    private async ValueTask ReleaseAsync(bool atExit)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        // Pooled idle connections of ours would only be cut by the shutdown; close them politely first.
        PostgresLauncher.ClearPools(_layout, _options.Database);
        using var _ = await LauncherLock.AcquireAsync(_layout.DataDirectory, _options.LockTimeout, CancellationToken.None);
        ClientRegistry.Unregister(_registration);
        var others = new ClientRegistry(_layout.DataDirectory).LiveClients();
        if (others.Count > 0)
        {
            _log.LogInformation("Left PostgreSQL running for {DataDirectory}: still used by process {Pids}", DataDirectory, string.Join(", ", others));
            return;
        }

        // At exit an immediate stop does not wait: test runners kill their host ~100 ms after the last test.
        var wait = !(atExit && _options.StopMode == PostgresStopMode.Immediate);
        await PostgresLauncher.StopAsync(_layout, _binaries, _options.StopMode, wait, CancellationToken.None);
        _log.LogInformation("Stopped PostgreSQL of {DataDirectory}", DataDirectory);
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        try
        {
            ReleaseAsync(atExit: true).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is PostgresLaunchException or IOException)
        {
            // Nothing can be reported at exit; the next start finds the server and adopts it.
        }
    }
}
