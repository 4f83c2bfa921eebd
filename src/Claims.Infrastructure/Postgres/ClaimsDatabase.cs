using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Claims.Infrastructure.Postgres;

/// <summary>What the hosts know about where the data is: command-line values, configuration, and the embedded defaults.</summary>
public sealed record ClaimsDatabaseSettings
{
    /// <summary>--connection: an existing server; nothing is started.</summary>
    public string? Connection { get; init; }

    /// <summary>--data-dir: folder of the embedded cluster.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Host configuration: ConnectionStrings:Claims, CLAIMS_DATA_DIR.</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>Everything else about the embedded cluster (durability, database name, binaries).</summary>
    public PostgresLaunchOptions Launch { get; init; } = new();
}

/// <summary>
/// The Claims database of a host: the configured server when ConnectionStrings__Claims (or --connection) is given,
/// else the embedded cluster of the data directory, started or joined. Dispose at exit.
/// </summary>
public sealed class ClaimsDatabase : IAsyncDisposable
{
    private ClaimsDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }

    /// <summary>The embedded server, or null when a configured server is used.</summary>
    public EmbeddedPostgres? Embedded { get; }

    public static Task<ClaimsDatabase> ResolveAsync(ClaimsDatabaseSettings settings, ILogger? log = null, CancellationToken ct = default) =>
        ResolveAsync(settings, Environment.GetEnvironmentVariable, log, ct);

    internal static async Task<ClaimsDatabase> ResolveAsync(
        ClaimsDatabaseSettings settings, Func<string, string?> environment, ILogger? log = null, CancellationToken ct = default)
    {
        log ??= NullLogger.Instance;
        if (ConfiguredConnection(settings, environment) is { } configured)
        {
            var shown = new NpgsqlConnectionStringBuilder(configured);
            log.LogInformation(
                "Using the configured PostgreSQL server {Host}:{Port}, database {Database}; no embedded server started",
                shown.Host, shown.Port, shown.Database);
            return new ClaimsDatabase(configured, null);
        }

        var options = settings.Launch with { DataDirectory = DataDirectory(settings, environment) ?? DefaultDataDirectory() };
        var embedded = await PostgresLauncher.StartAsync(options, log, ct);
        return new ClaimsDatabase(embedded.ConnectionString, embedded);
    }

    /// <summary>--connection, then ConnectionStrings:Claims from configuration, then the ConnectionStrings__Claims variable.</summary>
    internal static string? ConfiguredConnection(ClaimsDatabaseSettings settings, Func<string, string?> environment) =>
        PostgresLaunchOptions.NullIfEmpty(settings.Connection)
        ?? PostgresLaunchOptions.NullIfEmpty(settings.Configuration?.GetConnectionString("Claims"))
        ?? PostgresLaunchOptions.NullIfEmpty(environment("ConnectionStrings__Claims"));

    /// <summary>--data-dir, then CLAIMS_DATA_DIR (configuration or variable), then the launch options' own default.</summary>
    internal static string? DataDirectory(ClaimsDatabaseSettings settings, Func<string, string?> environment) =>
        PostgresLaunchOptions.NullIfEmpty(settings.DataDirectory)
        ?? PostgresLaunchOptions.NullIfEmpty(settings.Configuration?["CLAIMS_DATA_DIR"])
        ?? PostgresLaunchOptions.NullIfEmpty(environment("CLAIMS_DATA_DIR"))
        ?? settings.Launch.DataDirectory;

    private static string DefaultDataDirectory() => Path.Combine(Environment.CurrentDirectory, ".claims-data");

    public ValueTask DisposeAsync() => Embedded?.DisposeAsync() ?? ValueTask.CompletedTask;
}
