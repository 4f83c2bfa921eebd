using Claims.Infrastructure.Postgres;

namespace Claims.Infrastructure.Tests.Postgres;

/// <summary>
/// A data directory of the test's own (not the shared fixture's) under a fresh /tmp folder; at the end its server
/// is stopped and its files, a relocated cluster and a separate socket folder included, are removed.
/// </summary>
internal sealed class TempDataDirectory : IAsyncDisposable
{
    public TempDataDirectory(string? inner = null)
    {
        Root = Path.Combine("/tmp", "claims-lt-" + Guid.NewGuid().ToString("N")[..8]);
        DataDirectory = inner is null ? Root : Path.Combine(Root, inner);
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public PostgresLaunchOptions Options => new()
    {
        DataDirectory = DataDirectory,
        Durable = false,
        LockTimeout = TimeSpan.FromSeconds(30),
    };

    public static string PostmasterPid(EmbeddedPostgres postgres) => Path.Combine(postgres.ClusterDirectory, "pg", "postmaster.pid");

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(DataDirectory))
        {
            await PostgresLauncher.StopServerAsync(Options, PostgresStopMode.Immediate);
            var location = Path.Combine(DataDirectory, "cluster-location");
            var cluster = File.Exists(location) ? File.ReadAllText(location).Trim() : DataDirectory;
            if (cluster != DataDirectory)
            {
                Directory.Delete(cluster, recursive: true);
            }

            var socketFolder = Path.Combine("/tmp", "claims-" + ClusterLayout.ShortHash(cluster));
            if (Directory.Exists(socketFolder))
            {
                Directory.Delete(socketFolder, recursive: true);
            }
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
