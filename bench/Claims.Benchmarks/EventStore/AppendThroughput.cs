using System.Diagnostics;
using System.Globalization;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.EventStore;

/// <summary>Events per second for each way of writing, medians over the runs.</summary>
public sealed record AppendThroughputResult(
    double CopyEventsPerSecond,
    double BareMartenEventsPerSecond,
    double OneWriterEventsPerSecond,
    double EightWritersEventsPerSecond,
    double EightWritersRichEventsPerSecond)
{
    public double OneWriterRatio => OneWriterEventsPerSecond / CopyEventsPerSecond;

    public double EightWritersRatio => EightWritersEventsPerSecond / BareMartenEventsPerSecond;

    public double RichRatio => EightWritersRichEventsPerSecond / EightWritersEventsPerSecond;
}

/// <summary>
/// Append throughput through the product's store on Marten: each append starts a claim-like stream of 3 events of
/// ~400 bytes (the stream must not exist: the version check runs) and an inline register projection writes its row in
/// the same transaction. Same-run baselines: bare Marten appends of the same events with no projection (Marten's own
/// session, 8 writers), and a binary COPY of the same rows into a copy of mt_events. Quick and Rich append modes are
/// both measured on the product's path; the store uses the faster (see EventStoreServiceCollectionExtensions).
/// Meaningful only on a durable cluster: commits are what it measures.
/// </summary>
public static class AppendThroughput
{
    public const double Goal = 0.6;
    private const int EventsPerAppend = 3;

    public static async Task<AppendThroughputResult> RunAsync(string connectionString, TextWriter output, bool quick = false)
    {
        var seconds = quick ? 2 : 5;
        var runs = 3;
        await using var dataSource = EventStoreDataSource.Create(connectionString);
        var bare = await PrepareAsync(dataSource, withProjection: false);
        var ours = await PrepareAsync(dataSource, withProjection: true);
        var store = ours.GetRequiredService<Infrastructure.EventStore.EventStore>();
        var richStore = ours.CreateEventStore(dataSource, TimeProvider.System, o => o.Events.AppendMode = EventAppendMode.Rich);
        using var rich = richStore.Marten;
        var marten = bare.GetRequiredService<IDocumentStore>();
        var copy = new List<double>();
        var bareMarten = new List<double>();
        var one = new List<double>();
        var eight = new List<double>();
        var eightRich = new List<double>();
        // Warm-up, not measured: JIT, connection pool, the functions' plans.
        await CopyAsync(dataSource, rows: 3_000, run: -1);
        await BareAsync(marten, writers: 8, TimeSpan.FromSeconds(1));
        await AppendAsync(store, writers: 8, TimeSpan.FromSeconds(1));
        await AppendAsync(richStore, writers: 8, TimeSpan.FromSeconds(1));
        for (var run = 0; run < runs; run++)
        {
            await CheckpointAsync(dataSource);
            copy.Add(await CopyAsync(dataSource, rows: quick ? 30_000 : 90_000, run));
            await CheckpointAsync(dataSource);
            bareMarten.Add(await BareAsync(marten, writers: 8, TimeSpan.FromSeconds(seconds)));
            await CheckpointAsync(dataSource);
            one.Add(await AppendAsync(store, writers: 1, TimeSpan.FromSeconds(seconds)));
            await CheckpointAsync(dataSource);
            eight.Add(await AppendAsync(store, writers: 8, TimeSpan.FromSeconds(seconds)));
            await CheckpointAsync(dataSource);
            eightRich.Add(await AppendAsync(richStore, writers: 8, TimeSpan.FromSeconds(seconds)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run + 1}: COPY {copy[^1]:N0} events/s, bare Marten 8 writers {bareMarten[^1]:N0}, with projection 1 writer {one[^1]:N0}, 8 writers {eight[^1]:N0} (Quick), {eightRich[^1]:N0} (Rich)"));
        }
        var result = new AppendThroughputResult(Median(copy), Median(bareMarten), Median(one), Median(eight), Median(eightRich));
        Print(result, output);
        await bare.DisposeAsync();
        await ours.DisposeAsync();
        return result;
    }

    private static async Task<ServiceProvider> PrepareAsync(NpgsqlDataSource dataSource, bool withProjection)
    {
        var services = new ServiceCollection();
        services.AddSingleton(dataSource);
        services.AddClaimsEventStore();
        services.AddEventType<BenchIncidentReported>();
        services.AddEventType<BenchClaimAssessed>();
        services.AddEventType<BenchNoteAdded>();
        if (withProjection)
        {
            services.AddInlineProjection<BenchRegisterProjection>();
        }
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        await using var scratch = dataSource.CreateCommand("drop table if exists bench_events_copy; " + EventRowsCopy.CreateTable);
        await scratch.ExecuteNonQueryAsync();
        return provider;
    }

    private static Task<double> AppendAsync(Infrastructure.EventStore.EventStore store, int writers, TimeSpan duration) =>
        WriteAsync(writers, duration, async (stream, events) =>
        {
            var session = store.LightweightSession(new Actor("bench"), correlationId: "bench");
            session.Events.StartStream<BenchStream>(stream, events);
            await session.SaveChangesAsync();
        });

    private static Task<double> BareAsync(IDocumentStore marten, int writers, TimeSpan duration) =>
        WriteAsync(writers, duration, async (stream, events) =>
        {
            await using var session = marten.LightweightSession();
            session.LastModifiedBy = "bench";
            session.CorrelationId = "bench";
            session.Events.StartStream(stream, events);
            await session.SaveChangesAsync();
        });

    private static async Task<double> WriteAsync(int writers, TimeSpan duration, Func<string, object[], Task> append)
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var stopAt = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            long appends = 0;
            while (stopAt.Elapsed < duration)
            {
                await append($"bench-{prefix}-{w}-{appends}", BenchEvents.ForAppend(w, appends));
                appends++;
            }
            return appends;
        })));
        return counts.Sum() * EventsPerAppend / stopAt.Elapsed.TotalSeconds;
    }

    private static async Task<double> CopyAsync(NpgsqlDataSource dataSource, int rows, int run)
    {
        var json = new EventStoreOptions().Json;
        var now = DateTimeOffset.UtcNow;
        var prefix = Guid.NewGuid().ToString("N")[..8];
        // Rows are serialised before the clock starts: the baseline is the fastest way in, not a mirror of our costs.
        var prepared = Enumerable.Range(0, rows / EventsPerAppend)
            .SelectMany(n => BenchEvents.ForAppend(run, n).Select((e, i) =>
                new EventRow($"copy-{prefix}-{n}", i + 1, e.GetType().Name, System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), json))))
            .ToList();
        var clock = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
            await EventRowsCopy.WriteAsync(conn, prepared, now, correlationId: "bench");
        return prepared.Count / clock.Elapsed.TotalSeconds;
    }

    // Each phase starts with the previous one's dirty pages on disk; otherwise their write-back competes with the
    // next phase's commit flushes and the order of the phases decides the figures.
    private static async Task CheckpointAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("checkpoint");
        await command.ExecuteNonQueryAsync();
    }

    private static void Print(AppendThroughputResult r, TextWriter output)
    {
        output.WriteLine("Event store append throughput (durable; a new stream of 3 events of ~400 B per append; median of 3)");
        output.WriteLine($"  ({Environment.ProcessorCount} cores)");
        output.WriteLine("  way of writing                                  events/s   ratio");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  binary COPY                                   {r.CopyEventsPerSecond,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare Marten, 8 writers, no projection         {r.BareMartenEventsPerSecond,10:N0}   {r.BareMartenEventsPerSecond / r.CopyEventsPerSecond:0.000} of COPY"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Claims + inline projection, 1 writer          {r.OneWriterEventsPerSecond,10:N0}   {r.OneWriterRatio:0.000} of COPY"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Claims + inline projection, 8 writers (Quick) {r.EightWritersEventsPerSecond,10:N0}   {r.EightWritersRatio:0.000} of bare Marten (goal >= {Goal:0.0}: {(r.EightWritersRatio >= Goal ? "met" : "NOT met")})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Claims + inline projection, 8 writers (Rich)  {r.EightWritersRichEventsPerSecond,10:N0}   {r.RichRatio:0.000} of Quick"));
        var table = Reporting.BenchTable.Current;
        var copy = Math.Round((decimal)r.CopyEventsPerSecond);
        var bare = Math.Round((decimal)r.BareMartenEventsPerSecond);
        table.Add("eventstore", "bare Marten append, 8 writers, no projection (vs binary COPY)", bare, "events/s", copy);
        table.Add("eventstore", "append with inline projection, 1 writer (vs binary COPY)", Math.Round((decimal)r.OneWriterEventsPerSecond), "events/s", copy);
        table.Add("eventstore", "append, 8 writers, 3 events with inline projection (vs bare Marten appends)", Math.Round((decimal)r.EightWritersEventsPerSecond), "events/s", bare,
            goal: string.Create(CultureInfo.InvariantCulture, $"ratio >= {Goal:0.0}"), goalMet: r.EightWritersRatio >= Goal);
        table.Add("eventstore", "the same in Marten's Rich append mode (vs Quick, the mode kept)", Math.Round((decimal)r.EightWritersRichEventsPerSecond), "events/s",
            Math.Round((decimal)r.EightWritersEventsPerSecond));
    }

}

/// <summary>The aggregate name the benchmark's streams are started under.</summary>
internal sealed class BenchStream;
