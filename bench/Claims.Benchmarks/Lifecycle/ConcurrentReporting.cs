using System.Diagnostics;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>Commands per second and latency with concurrent callers, each reporting one incident per command
/// (a new claim: read the stream, assess, append, project, schedule, commit) — and, as the same run's limit, the same
/// callers appending two small events each to a new stream with nothing read, assessed or projected.</summary>
internal static class ConcurrentReporting
{
    public const int Callers = 16;

    public sealed record Result(double PerSecond, double P95Milliseconds);

    public static Task<Result> ReportAsync(IServiceProvider services, string prefix, TimeSpan duration)
    {
        var reporting = services.GetRequiredService<ClaimReporting>();
        var today = TimeProvider.System.Today();
        return RunAsync(duration, async (caller, n) =>
        {
            var incident = new Incident($"{prefix}-{caller}-{n}", "ZTO", IncidentType.Damaged, Direction.Forward, today.AddDays(-5), today.AddDays(-2),
                GoodsValue: 320m, Freight: 12m, ClaimedAmount: 120m, WeightKg: 1.4m, OrderId: "TB2026", Note: "外箱破损");
            var outcome = await reporting.ReportAsync(incident, new Actor("bench"));
            if (!outcome.Created)
                throw new InvalidOperationException($"the report did not open a claim: {outcome.Refusal?.Message}");
        });
    }

    public static Task<Result> AppendAsync(IServiceProvider services, string prefix, TimeSpan duration)
    {
        // Marten's own session, none of the product's code: what the same two events cost at the store.
        var marten = services.GetRequiredService<Marten.IDocumentStore>();
        return RunAsync(duration, async (caller, n) =>
        {
            await using var session = marten.LightweightSession();
            session.LastModifiedBy = "bench";
            session.Events.StartStream($"bench:{prefix}-{caller}-{n}", new Claims.Lifecycle.NoteAdded("外箱破损"), new Claims.Lifecycle.NoteAdded("已报备"));
            await session.SaveChangesAsync();
        });
    }

    private static async Task<Result> RunAsync(TimeSpan duration, Func<int, int, Task> command)
    {
        var clock = Stopwatch.StartNew();
        var latencies = await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var start = Stopwatch.GetTimestamp();
                await command(caller, n);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return mine;
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Result(all.Count / seconds, all[(int)Math.Ceiling(all.Count * 0.95) - 1]);
    }
}
