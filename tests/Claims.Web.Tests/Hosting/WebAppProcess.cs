using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Claims.Web.Tests.Hosting;

/// <summary>The web app as a user starts it: its own process, its own data directory, a real port on 127.0.0.1.</summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebAppProcess(Process process, int port)
    {
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the app on its embedded database in <paramref name="dataDir"/>, or on <paramref name="connectionString"/>.</summary>
    public static WebAppProcess Start(string dataDir, string? connectionString = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Claims.Web.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dataDir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["CLAIMS_DATA_DIR"] = dataDir;
        info.Environment.Remove("ConnectionStrings__Claims");
        if (connectionString is not null)
        {
            info.Environment["ConnectionStrings__Claims"] = connectionString;
            info.Environment["Demo__OnFirstRun"] = "false";
        }
        // The README runs the app from the repository root, where contracts-samples/ is; this process runs elsewhere.
        info.Environment["Contracts__Folder"] = SamplesFolder();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WebAppProcess(process, port);
    }

    private static string SamplesFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "contracts-samples"));

    /// <summary>Polls /health until it answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            Assert.False(process.HasExited, $"the web app exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    return watch.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }

        throw new TimeoutException($"/health did not answer 200 within {limit.TotalSeconds} s");
    }

    /// <summary>Ctrl+C-like stop (SIGTERM), so the app stops its PostgreSQL the way a user's stop does.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
            return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
