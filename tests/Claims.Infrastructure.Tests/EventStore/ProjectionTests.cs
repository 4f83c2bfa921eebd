using Claims.Infrastructure.EventStore;

namespace Claims.Infrastructure.Tests.EventStore;

public sealed class ProjectionTests
{
    [Fact]
    public async Task the_read_model_changes_in_the_same_save_as_the_events()
    {
        await using var db = await TestStore.CreateAsync();
        var session = db.Session();
        session.Events.StartStream<Account>("acc", new AccountOpened("Li Wei"), new AmountNoted(10m, "a"), new AmountNoted(2.25m, "b"));
        await session.SaveChangesAsync();

        Assert.Equal(["acc|Li Wei|12.25|2|3"], await RowsAsync(db));
    }

    [Fact]
    public async Task a_refused_append_leaves_the_read_model_untouched()
    {
        await using var db = await TestStore.CreateAsync();
        var start = db.Session();
        start.Events.StartStream<Account>("acc", new AccountOpened("Li Wei"), new AmountNoted(10m, "a"));
        await start.SaveChangesAsync();

        var stale = db.Session();
        stale.Events.Append("acc", 1, new AmountNoted(500m, "stale"));
        await Assert.ThrowsAsync<ConcurrencyException>(() => stale.SaveChangesAsync());
        var duplicate = db.Session();
        duplicate.Events.StartStream<Account>("acc", new AccountOpened("Impostor"));
        await Assert.ThrowsAsync<StreamAlreadyExistsException>(() => duplicate.SaveChangesAsync());

        Assert.Equal(["acc|Li Wei|10|1|2"], await RowsAsync(db));
    }

    [Fact]
    public async Task a_rebuild_reproduces_the_read_model_from_the_events()
    {
        await using var db = await TestStore.CreateAsync();
        for (var i = 0; i < 30; i++)
        {
            var session = db.Session();
            session.Events.StartStream<Account>($"acc-{i:00}", new AccountOpened($"owner {i}"));
            for (var n = 0; n <= i % 4; n++)
                session.Events.Append($"acc-{i:00}", 1 + n, new AmountNoted(i + n / 100m, $"note {n}"));
            await session.SaveChangesAsync();
        }
        var before = await RowsAsync(db);
        await db.ExecuteAsync("update account_totals set total = 0; insert into account_totals values ('ghost', 'nobody', 1, 1, 1)");

        var reports = new List<RebuildProgress>();
        var replayed = await db.Store.RebuildProjectionsAsync(new SynchronousProgress<RebuildProgress>(reports.Add));

        var stored = await db.ScalarAsync<long>("select count(*) from mt_events");
        Assert.Equal(before, await RowsAsync(db));
        Assert.Equal(stored, replayed);
        Assert.Equal(new RebuildProgress(stored, stored), reports[^1]);
    }

    private static async Task<List<string>> RowsAsync(TestStore db)
    {
        await using var command = db.DataSource.CreateCommand(
            "select stream_id, owner, total, notes, last_version from account_totals order by stream_id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetDecimal(2)}|{reader.GetInt32(3)}|{reader.GetInt64(4)}");
        return rows;
    }

    // Progress<T> posts to the thread pool, so its reports could arrive after the rebuild returns.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
