using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Claims.Benchmarks.Hosting;
using Claims.Benchmarks.Lifecycle;

namespace Claims.Benchmarks.Web;

/// <summary>
/// The real web app (src/Claims.Web, Release) in its own process on a free 127.0.0.1 port, on the benchmark's database:
/// what a user's browser talks to, with Kestrel, cookies, antiforgery and the message worker all running.
/// </summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebAppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    private readonly Queue<string> log = new();

    /// <summary>The app's last lines of output.</summary>
    public string Log { get { lock (log) return string.Join('\n', log); } }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (log)
        {
            log.Enqueue(line);
            if (log.Count > 60)
                log.Dequeue();
        }
    }

    // Built once per benchmark run (web and load both start the app), removed when the run ends.
    private static readonly Lazy<Task<string>> Build = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"claims-bench-webapp-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        return ProjectBuild.BuildAsync("Claims.Web", "CLAIMS_WEB_DLL", folder);
    });

    public static async Task<WebAppProcess> StartAsync(string connectionString, string scratch)
    {
        var dll = await Build.Value;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = BenchHost.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Claims"] = connectionString,
                ["Demo__OnFirstRun"] = "false",
                ["CLAIMS_DATA_DIR"] = Path.Combine(scratch, "web-data"),
                ["Urls"] = address.ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        // Drained so a chatty log can never block the app on a full pipe; kept to explain a failure.
        var app = new WebAppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(90); await Task.Delay(250))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the web app exited with {process.ExitCode}: {app.Log}");
            try
            {
                if ((await probe.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                    return app;
            }
            catch (HttpRequestException)
            {
            }
        }
        await app.DisposeAsync();
        throw new TimeoutException("the web app did not answer /health within 90 s");
    }

    /// <summary>A client with its own cookie jar, signed in through the API as a browser session would be.</summary>
    public async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 4 };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var response = await client.PostAsJsonAsync("/api/signin", new { name, password });
        if (!response.IsSuccessStatusCode)
            await Task.Delay(1_000); // the app logs the failure just after answering
        return response.IsSuccessStatusCode ? client
            : throw new InvalidOperationException($"sign-in as {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
