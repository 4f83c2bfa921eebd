using Claims.Infrastructure.EventStore;

namespace Claims.Infrastructure.Tests.EventStore;

/// <summary>A session that only starts new streams (a bulk import) writes them in one statement; it must keep the
/// single-stream rules: versions from 1, one global order, and all or nothing on a conflict.</summary>
public sealed class StartingManyStreamsTests
{
    [Fact]
    public async Task streams_started_together_read_back_with_their_versions_in_the_order_appended()
    {
        await using var db = await TestStore.CreateAsync();
        var session = db.Session();
        session.Events.StartStream<Account>("acc-a", new AccountOpened("Li Wei"), new AmountNoted(3m, "a"));
        session.Events.StartStream<Account>("acc-b", new AccountOpened("Wang Fang"));
        session.Events.StartStream<Account>("acc-c", new AccountOpened("Chen Jing"), new AmountNoted(4m, "c"), new AmountNoted(5m, "d"));
        await session.SaveChangesAsync();

        var all = new List<StoredEvent>();
        await foreach (var e in db.Store.ReadAllAsync())
            all.Add(e);
        Assert.Equal(["acc-a:1", "acc-a:2", "acc-b:1", "acc-c:1", "acc-c:2", "acc-c:3"], all.Select(e => $"{e.StreamId}:{e.Version}"));
        Assert.Equal(new Account("Chen Jing", 9m, 2), await db.Session().Events.AggregateStreamAsync<Account>("acc-c"));
    }

    [Fact]
    public async Task one_stream_already_there_refuses_the_whole_save_and_names_that_stream()
    {
        await using var db = await TestStore.CreateAsync();
        var first = db.Session();
        first.Events.StartStream<Account>("acc-taken", new AccountOpened("Li Wei"));
        await first.SaveChangesAsync();

        var session = db.Session();
        session.Events.StartStream<Account>("acc-new-1", new AccountOpened("Wang Fang"));
        session.Events.StartStream<Account>("acc-taken", new AccountOpened("Bob"));
        session.Events.StartStream<Account>("acc-new-2", new AccountOpened("Chen Jing"));
        var conflict = await Assert.ThrowsAsync<StreamAlreadyExistsException>(() => session.SaveChangesAsync());

        Assert.Equal("acc-taken", conflict.StreamId);
        Assert.Null(await db.Session().Events.AggregateStreamAsync<Account>("acc-new-1"));
        Assert.Null(await db.Session().Events.AggregateStreamAsync<Account>("acc-new-2"));
        Assert.Equal("Li Wei", (await db.Session().Events.AggregateStreamAsync<Account>("acc-taken"))!.Owner);
    }
}
