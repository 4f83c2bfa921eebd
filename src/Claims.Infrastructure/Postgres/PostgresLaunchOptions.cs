namespace Claims.Infrastructure.Postgres;

/// <summary>How to start (or find) the private PostgreSQL cluster that keeps the Claims data.</summary>
public sealed record PostgresLaunchOptions
{
    /// <summary>Folder of the cluster; null means CLAIMS_DATA_DIR, else <c>.claims-data</c> under the current directory.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Database the application uses; created when missing.</summary>
    public string Database { get; init; } = "claims";

    /// <summary>False trades crash safety for speed (tests): fsync, synchronous commit and full page writes off.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Folder holding initdb and pg_ctl; null means the PG_BIN environment variable.</summary>
    public string? PgBin { get; init; }

    /// <summary>Whether to look on PATH and in the usual install folders when PG_BIN does not hold the binaries.</summary>
    public bool SearchInstalledLocations { get; init; } = true;

    /// <summary>Shutdown mode used when this process is the one that stops the server.</summary>
    public PostgresStopMode StopMode { get; init; } = PostgresStopMode.Fast;

    /// <summary>Port number; on Unix it only names the socket file, so several clusters can share it.</summary>
    public int Port { get; init; } = 5432;

    /// <summary>Extra server settings passed as <c>-c name=value</c> when this process starts the server.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>How long to wait for another process that is starting or stopping the same cluster.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    internal string ResolveDataDirectory() => Path.GetFullPath(
        DataDirectory
        ?? NullIfEmpty(Environment.GetEnvironmentVariable("CLAIMS_DATA_DIR"))
        ?? Path.Combine(Environment.CurrentDirectory, ".claims-data"));

    internal static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>pg_ctl shutdown modes: fast ends sessions and checkpoints; immediate just exits (fine for throw-away test data).</summary>
public enum PostgresStopMode
{
    Fast,
    Immediate,
}
