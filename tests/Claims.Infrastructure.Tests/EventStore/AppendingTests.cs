using Claims.Infrastructure.EventStore;

namespace Claims.Infrastructure.Tests.EventStore;

public sealed class AppendingTests
{
    [Fact]
    public async Task a_started_stream_is_read_back_as_its_aggregate()
    {
        await using var db = await TestStore.CreateAsync();
        var session = db.Session();
        session.Events.StartStream<Account>("acc-1", new AccountOpened("Li Wei"), new AmountNoted(12.50m, "lost parcel"));
        await session.SaveChangesAsync();

        var account = await db.Session().Events.AggregateStreamAsync<Account>("acc-1");

        Assert.Equal(new Account("Li Wei", 12.50m, 1), account);
        Assert.Null(await db.Session().Events.AggregateStreamAsync<Account>("no-such-account"));
    }

    [Fact]
    public async Task starting_a_stream_that_exists_is_a_conflict_a_user_can_act_on()
    {
        await using var db = await TestStore.CreateAsync();
        var first = db.Session();
        first.Events.StartStream<Account>("ZTO-100", new AccountOpened("Li Wei"));
        await first.SaveChangesAsync();

        var second = db.Session("bob");
        second.Events.StartStream<Account>("ZTO-100", new AccountOpened("Bob"));
        var conflict = await Assert.ThrowsAsync<StreamAlreadyExistsException>(() => second.SaveChangesAsync());

        Assert.IsAssignableFrom<ConcurrencyException>(conflict);
        Assert.Equal("This account (ZTO-100) already exists. Reload it to see what was recorded.", conflict.Message);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal("Li Wei", (await db.Session().Events.AggregateStreamAsync<Account>("ZTO-100"))!.Owner);
    }

    [Fact]
    public async Task fetch_for_writing_appends_at_the_version_it_read()
    {
        await using var db = await TestStore.CreateAsync();
        var start = db.Session();
        start.Events.StartStream<Account>("acc-2", new AccountOpened("Li Wei"));
        await start.SaveChangesAsync();

        var session = db.Session();
        var stream = await session.Events.FetchForWriting<Account>("acc-2");
        stream.AppendOne(new AmountNoted(5m, "a"));
        stream.AppendMany(new AmountNoted(7m, "b"), new AmountNoted(1m, "c"));
        await session.SaveChangesAsync();

        var events = await db.Session().Events.FetchStreamAsync("acc-2");
        Assert.Equal(1, stream.StartingVersion);
        Assert.Equal(4, stream.CurrentVersion);
        Assert.Equal([1L, 2, 3, 4], events.Select(e => e.Version));
        Assert.Equal(13m, Aggregate.Fold<Account>(events.Select(e => e.Data)).Total);
    }

    [Fact]
    public async Task an_append_at_a_stale_version_is_refused_and_writes_nothing()
    {
        await using var db = await TestStore.CreateAsync();
        var start = db.Session();
        start.Events.StartStream<Account>("ZTO-7", new AccountOpened("Li Wei"));
        await start.SaveChangesAsync();
        var alice = db.Session("alice");
        var aliceStream = await alice.Events.FetchForWriting<Account>("ZTO-7");
        var bob = db.Session("bob");
        (await bob.Events.FetchForWriting<Account>("ZTO-7")).AppendOne(new AmountNoted(1m, "bob first"));
        await bob.SaveChangesAsync();

        aliceStream.AppendOne(new AmountNoted(99m, "alice too late"));
        alice.Messages.Send(new RemindOwner("ZTO-7", "must not be sent"));
        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() => alice.SaveChangesAsync());

        Assert.Equal("Someone else changed this account (ZTO-7) while you were working on it. Reload and try again.", conflict.Message);
        Assert.Equal(("ZTO-7", 1L, 2L), (conflict.StreamId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal(1m, (await db.Session().Events.AggregateStreamAsync<Account>("ZTO-7"))!.Total);
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from scheduled_work"));
    }

    [Fact]
    public async Task read_all_returns_every_stream_in_the_order_it_was_written()
    {
        await using var db = await TestStore.CreateAsync();
        foreach (var id in new[] { "b", "a", "c" })
        {
            var s = db.Session();
            s.Events.StartStream<Account>(id, new AccountOpened(id));
            await s.SaveChangesAsync();
        }
        var more = db.Session();
        more.Events.Append("a", 1, new AmountNoted(1m, "x"));
        await more.SaveChangesAsync();

        var all = new List<StoredEvent>();
        await foreach (var e in db.Store.ReadAllAsync(pageSize: 2))
            all.Add(e);

        Assert.Equal(["b:1", "a:1", "c:1", "a:2"], all.Select(e => $"{e.StreamId}:{e.Version}"));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Seq < p.Second.Seq));
        var fromThird = new List<StoredEvent>();
        await foreach (var e in db.Store.ReadAllAsync(all[2].Seq))
            fromThird.Add(e);
        Assert.Equal(["c:1", "a:2"], fromThird.Select(e => $"{e.StreamId}:{e.Version}"));
    }

    [Fact]
    public async Task each_event_records_who_when_and_why()
    {
        await using var db = await TestStore.CreateAsync();
        db.Clock.Advance(TimeSpan.FromMinutes(30));
        var session = db.Store.LightweightSession(new Actor("wang.fang"), correlationId: "req-42", causationId: "cmd-7");
        session.Events.StartStream<Account>("acc-m", new AccountOpened("Wang Fang"));
        await session.SaveChangesAsync();

        var stored = Assert.Single(await db.Session().Events.FetchStreamAsync("acc-m"));

        Assert.Equal("wang.fang", stored.Actor);
        Assert.Equal(db.Clock.GetUtcNow(), stored.OccurredAt);
        Assert.Equal("req-42", stored.CorrelationId);
        Assert.Equal("cmd-7", stored.CausationId);
        Assert.Equal(nameof(AccountOpened), stored.Type);
        Assert.Equal(new AccountOpened("Wang Fang"), stored.Data);
    }
}
