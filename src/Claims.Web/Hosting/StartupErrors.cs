using Claims.Infrastructure.Postgres;

namespace Claims.Web.Hosting;

/// <summary>Start-up failures a person can fix (no PostgreSQL installed, a server that will not start) end the
/// process with one clear message instead of a stack trace.</summary>
public static class StartupErrors
{
    public static async Task<T> GuardAsync<T>(Serilog.ILogger log, Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch (Exception ex) when (ex is PostgresNotInstalledException or PostgresLaunchException)
        {
            log.Fatal("{Message}", ex.Message);
            await Console.Error.WriteLineAsync(ex.Message);
            await Serilog.Log.CloseAndFlushAsync();
            Environment.Exit(1);
            throw; // unreachable
        }
    }
}
