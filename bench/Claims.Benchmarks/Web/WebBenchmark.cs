using System.Diagnostics;
using System.Globalization;
using Claims.Benchmarks.Lifecycle;
using Claims.Benchmarks.Load;
using Claims.Benchmarks.Reporting;
using Claims.Register;
using Claims.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Web;

/// <summary>
/// Issue 7's goal: with 10,000 open claims, the work queue page p95 ≤ 150 ms and the claim page p95 ≤ 100 ms under 16
/// concurrent signed-in clients on 127.0.0.1, beside the same clients on /health (the app's floor: Kestrel, auth
/// middleware and one database round trip) in the same run.
/// </summary>
public static class WebBenchmark
{
    public const int Clients = 16;
    private const double QueueGoalMs = 150, ClaimGoalMs = 100;
    internal const string Password = "bench-password-1";

    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        var open = quick ? 2_000 : 10_000;
        var seconds = TimeSpan.FromSeconds(quick ? 5 : 20);
        var scratch = Directory.CreateTempSubdirectory("claims-bench-web-").FullName;
        try
        {
            await using var services = await BenchHost.StartAsync(connectionString);
            var ids = await FillAsync(services, open, "WEB");
            await using var app = await WebAppProcess.StartAsync(connectionString, scratch);
            var clients = await SignInAsync(app, Clients);

            await MeasureAsync(clients, TimeSpan.FromSeconds(quick ? 2 : 5), QueuePage);   // warm-up: JIT, pools, plans
            await MeasureAsync(clients, TimeSpan.FromSeconds(quick ? 1 : 3), ClaimPage(ids));
            var health = await MeasureAsync(clients, seconds, _ => "/health");
            var queue = await MeasureAsync(clients, seconds, QueuePage);
            var claim = await MeasureAsync(clients, seconds, ClaimPage(ids));

            output.WriteLine(Invariant($"Web pages ({open:N0} open claims, {Clients} signed-in clients on 127.0.0.1, {seconds.TotalSeconds:0} s each)"));
            foreach (var (name, kind) in new[] { ("/health (baseline)", health), ("work queue", queue), ("claim page", claim) })
                output.WriteLine(Invariant($"  {name,-20} {kind.Count / seconds.TotalSeconds,8:N0} requests/s  p50 {kind.Percentile(0.5),6:0.0} ms  p95 {kind.Percentile(0.95),6:0.0} ms  {kind.AverageBytes / 1024.0,5:0.0} KB  errors {kind.Refused + kind.Failed}"));
            var table = BenchTable.Current;
            table.Add("web", Invariant($"work queue page p95, {open:N0} open claims, {Clients} clients (baseline: /health p95)"),
                Ms(queue.Percentile(0.95)), "ms", Ms(health.Percentile(0.95)), "ms", Invariant($"<= {QueueGoalMs} ms, no errors"),
                queue.Percentile(0.95) <= QueueGoalMs && queue.Refused + queue.Failed == 0);
            table.Add("web", Invariant($"claim page p95, {Clients} clients (baseline: /health p95)"),
                Ms(claim.Percentile(0.95)), "ms", Ms(health.Percentile(0.95)), "ms", Invariant($"<= {ClaimGoalMs} ms, no errors"),
                claim.Percentile(0.95) <= ClaimGoalMs && claim.Refused + claim.Failed == 0);
            foreach (var client in clients)
                client.Dispose();
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Open claims by the import (assessed, waiting to be filed) and a user for the clients; returns the claim ids.</summary>
    internal static async Task<IReadOnlyList<string>> FillAsync(IServiceProvider services, int open, string prefix)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"claims-bench-{prefix}-{Environment.ProcessId}.csv");
        BenchIncidents.WriteCsv(csv, BenchIncidents.Generate(open, prefix, TimeProvider.System.Today()));
        await ImportThroughput.ImportAsync(services, csv, open);
        File.Delete(csv);
        await services.GetRequiredService<UserDirectory>().EnsureAsync("bench", Roles.Admin, Password);
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("select id from claims order by id");
        await using var r = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await r.ReadAsync())
            ids.Add(r.GetString(0));
        return ids;
    }

    // One after another: the benchmark measures pages, not sign-in (each is a deliberately slow PBKDF2 hash).
    internal static async Task<HttpClient[]> SignInAsync(WebAppProcess app, int count)
    {
        var clients = new HttpClient[count];
        for (var i = 0; i < count; i++)
            clients[i] = await app.SignedInAsync("bench", Password);
        return clients;
    }

    private static string QueuePage(Random random) => random.Next(4) switch
    {
        0 => "/queue",
        1 => $"/queue?p={2 + random.Next(20)}",
        2 => "/queue?Due=file&Carrier=ZTO",
        _ => "/queue?Overdue=true",
    };

    private static Func<Random, string> ClaimPage(IReadOnlyList<string> ids) =>
        random => $"/claims/view?id={Uri.EscapeDataString(ids[random.Next(ids.Count)])}";

    private static async Task<LoadKind> MeasureAsync(HttpClient[] clients, TimeSpan duration, Func<Random, string> path)
    {
        var kind = new LoadKind();
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            while (clock.Elapsed < duration)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path(random), UriKind.Relative));
                var body = await response.Content.ReadAsByteArrayAsync();
                // A page answers 200 with its HTML; a redirect (to the sign-in page, say) is as wrong as an error here.
                kind.Record(response.StatusCode == System.Net.HttpStatusCode.OK ? 200 : Math.Max(400, (int)response.StatusCode), watch.Elapsed.TotalMilliseconds);
                Interlocked.Add(ref bytes, body.Length);
            }
        })));
        kind.AverageBytes = kind.Count == 0 ? 0 : bytes / kind.Count;
        return kind;
    }

    private static decimal Ms(double value) => Math.Round((decimal)value, 1);
}
