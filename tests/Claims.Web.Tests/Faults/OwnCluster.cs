using System.Diagnostics;
using Claims.Infrastructure.Postgres;

namespace Claims.Web.Tests.Faults;

/// <summary>
/// A durable PostgreSQL cluster of this test alone (stopping the shared test cluster would break every other test),
/// stopped with `pg_ctl stop -m immediate` and started again with the same options, as an operator would.
/// </summary>
internal sealed class OwnCluster : IAsyncDisposable
{
    private readonly EmbeddedPostgres postgres;
    private readonly string folder;

    private OwnCluster(EmbeddedPostgres postgres, string folder)
    {
        this.postgres = postgres;
        this.folder = folder;
    }

    public string ConnectionString => postgres.ConnectionStringFor("claims");

    public static async Task<OwnCluster> StartAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine("/tmp", $"claims-fault-{Environment.ProcessId}")).FullName;
        var postgres = await PostgresLauncher.StartAsync(new PostgresLaunchOptions
        {
            DataDirectory = folder, Database = "claims", Durable = true, StopMode = PostgresStopMode.Immediate, Port = 56000 + Environment.ProcessId % 5000,
        });
        return new OwnCluster(postgres, folder);
    }

    private string PgData => Directory.EnumerateFiles(postgres.ClusterDirectory, "PG_VERSION", SearchOption.AllDirectories)
        .Select(Path.GetDirectoryName).OrderBy(p => p!.Length).First()!;

    private string PgCtl => PostgresBinaries.Find(null, searchInstalledLocations: true).PgCtl;

    public Task StopImmediatelyAsync() => PgCtlAsync("-D", PgData, "-m", "immediate", "-w", "stop");

    /// <summary>Starts the server with the options of its last start (postmaster.opts), without this process's launcher.</summary>
    public Task RestartAsync()
    {
        var opts = File.ReadAllText(Path.Combine(PgData, "postmaster.opts")).Trim();
        var afterBinary = opts[(opts.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return PgCtlAsync("-D", PgData, "-w", "-l", Path.Combine(PgData, "restart.log"), "-o", afterBinary, "start");
    }

    private async Task PgCtlAsync(params string[] args)
    {
        // The server runs as the owner of its data folder (never root); pg_ctl must too.
        var owner = new DirectoryInfo(PgData).UnixFileMode.HasFlag(UnixFileMode.UserRead) ? await OwnerAsync(PgData) : "";
        var info = Environment.UserName == "root" && owner is { Length: > 0 } and not "root"
            ? new ProcessStartInfo("runuser", ["-u", owner, "--", PgCtl, .. args])
            : new ProcessStartInfo(PgCtl, args);
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_ctl {string.Join(' ', args)}: {output}");
    }

    private static async Task<string> OwnerAsync(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%U", path]) { RedirectStandardOutput = true })!;
        var owner = (await stat.StandardOutput.ReadToEndAsync()).Trim();
        await stat.WaitForExitAsync();
        return owner;
    }

    public async ValueTask DisposeAsync()
    {
        await postgres.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
