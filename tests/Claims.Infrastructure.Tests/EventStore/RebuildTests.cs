using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql.Tables;

namespace Claims.Infrastructure.Tests.EventStore;

/// <summary>Marten's rebuild of the read models, and what saves meet while it runs.</summary>
public sealed class RebuildTests
{
    [Fact]
    public async Task a_save_while_the_read_models_are_rebuilt_is_refused_whole_and_goes_through_afterwards()
    {
        await using var db = await TestStore.CreateAsync();
        var open = db.Session();
        open.Events.StartStream<Account>("acc", new AccountOpened("Li Wei"));
        await open.SaveChangesAsync();

        await using (await ReadModelGate.ShutAsync(db.DataSource, CancellationToken.None))
        {
            var refused = db.Session();
            refused.Events.Append("acc", 1, new AmountNoted(50m, "during the rebuild"));
            var error = await Assert.ThrowsAsync<ReadModelsRebuildingException>(() => refused.SaveChangesAsync());
            Assert.Contains("rebuilt", error.Message, StringComparison.Ordinal);
            Assert.Equal(1L, await db.ScalarAsync<long>("select count(*) from mt_events where stream_id = 'acc'"));
            Assert.Equal(0m, await db.ScalarAsync<decimal>("select total from account_totals"));
        }

        var again = db.Session();
        again.Events.Append("acc", 1, new AmountNoted(50m, "after the rebuild"));
        await again.SaveChangesAsync();
        Assert.Equal(50m, await db.ScalarAsync<decimal>("select total from account_totals"));
    }

    [Fact]
    public async Task saves_racing_a_rebuild_are_each_counted_once()
    {
        await using var db = await TestStore.CreateAsync();
        for (var i = 0; i < 8; i++)
        {
            var session = db.Session();
            session.Events.StartStream<Account>($"acc-{i}", new AccountOpened($"owner {i}"));
            for (var n = 1; n <= 200; n++)
                session.Events.Append($"acc-{i}", n, new AmountNoted(1.01m, "opening"));
            await session.SaveChangesAsync();
        }

        using var stop = new CancellationTokenSource();
        var refusals = 0;
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var version = 201L;
            while (!stop.IsCancellationRequested)
            {
                var session = db.Session();
                session.Events.Append($"acc-{i}", version, new AmountNoted(0.01m, "racing"));
                try
                {
                    await session.SaveChangesAsync();
                    version++;
                }
                catch (ReadModelsRebuildingException)
                {
                    Interlocked.Increment(ref refusals);
                    await Task.Delay(5);
                }
            }
        })).ToList();
        await Task.Delay(200);
        for (var round = 0; round < 3; round++)
            await db.Store.RebuildProjectionsAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        // Every stored event once in the read model, whatever the rebuilds met on the way.
        var expected = await db.ScalarAsync<decimal>("select sum((data->>'amount')::numeric) from mt_events where type = 'AmountNoted'");
        Assert.Equal(expected, await db.ScalarAsync<decimal>("select sum(total) from account_totals"));
        Assert.Equal(0L, await db.ScalarAsync<long>("""
            select count(*) from account_totals t
            where last_version <> (select max(version) from mt_events e where e.stream_id = t.stream_id)
            """));
        Assert.True(refusals > 0, "no save met a rebuild: the race was not run");
    }

    [Fact]
    public async Task a_rebuild_right_after_a_gap_in_the_event_sequence_replays_every_event_past_it()
    {
        await using var db = await TestStore.CreateAsync();
        var first = db.Session();
        first.Events.StartStream<Account>("before", new AccountOpened("Li Wei"), new AmountNoted(1m, "a"));
        await first.SaveChangesAsync();
        // A save that took sequence numbers and never committed (a refused append, a process killed mid-save).
        await db.ExecuteAsync("select nextval('mt_events_sequence'), nextval('mt_events_sequence')");
        var after = db.Session();
        after.Events.StartStream<Account>("after", new AccountOpened("Wang Fang"), new AmountNoted(2m, "b"));
        await after.SaveChangesAsync();
        await db.ExecuteAsync("update account_totals set total = 0");

        Assert.Equal(4L, await db.Store.RebuildProjectionsAsync());

        Assert.Equal(3m, await db.ScalarAsync<decimal>("select sum(total) from account_totals"));
        Assert.Equal(2L, await db.ScalarAsync<long>("select count(*) from account_totals"));
    }

    [Fact]
    public async Task a_read_model_changed_in_a_new_version_is_migrated_and_filled_from_the_events_at_its_first_start()
    {
        await using var db = await TestStore.CreateAsync();
        var session = db.Session();
        session.Events.StartStream<Account>("acc", new AccountOpened("Li Wei"), new AmountNoted(10m, "a"), new AmountNoted(2.5m, "b"));
        await session.SaveChangesAsync();

        // The next version's projection keeps the largest amount too: a column its table did not have.
        var next = new ServiceCollection();
        next.AddSingleton(EventStoreDataSource.Create(db.ConnectionString));
        next.AddSingleton<TimeProvider>(new Time.ManualClock());
        next.AddClaimsEventStore();
        next.AddEventType<AccountOpened>();
        next.AddEventType<AmountNoted>();
        next.AddInlineProjection<LargestAmountProjection>();
        await using var provider = next.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();

        Assert.Equal(10m, await db.ScalarAsync<decimal>("select largest from account_totals where stream_id = 'acc'"));
        Assert.Equal(12.5m, await db.ScalarAsync<decimal>("select total from account_totals where stream_id = 'acc'"));
        // A second start finds nothing to change and rebuilds nothing.
        await db.ExecuteAsync("update account_totals set largest = 99");
        await provider.MigrateClaimsSchemaAsync();
        Assert.Equal(99m, await db.ScalarAsync<decimal>("select largest from account_totals where stream_id = 'acc'"));
    }

    private sealed class LargestAmountProjection : IInlineProjection
    {
        public IReadOnlyList<Table> Tables { get; } = [Declare()];

        private static Table Declare()
        {
            var t = new AccountTotalsProjection().Tables[0];
            t.AddColumn("largest", "numeric").NotNull().DefaultValueByExpression("0");
            return t;
        }

        public void Apply(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
        {
            new AccountTotalsProjection().Apply(batch, events);
            foreach (var e in events)
                if (e.Data is AmountNoted noted)
                    batch.Add("update account_totals set largest = greatest(largest, $2) where stream_id = $1", e.StreamId, noted.Amount);
        }
    }
}
