namespace Claims.Infrastructure.Postgres;

/// <summary>
/// One process at a time decides about a data directory (initialise, start, reuse, stop), so two processes
/// starting together do not both run initdb or start two servers on one cluster.
/// </summary>
internal static class LauncherLock
{
    public static async Task<IDisposable> AcquireAsync(string dataDirectory, TimeSpan timeout, CancellationToken ct)
    {
        var path = Path.Combine(dataDirectory, "launcher.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock on Unix too (flock), released if the process dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }
            catch (IOException e)
            {
                throw new PostgresLaunchException(
                    $"Another process has been starting or stopping the database in {dataDirectory} for {timeout.TotalSeconds:0} s; gave up waiting for {path}.", e);
            }
        }
    }
}
