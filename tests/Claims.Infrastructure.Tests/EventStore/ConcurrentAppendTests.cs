using Claims.Infrastructure.EventStore;
using Npgsql;

namespace Claims.Infrastructure.Tests.EventStore;

public sealed class ConcurrentAppendTests
{
    [Fact]
    public async Task fifty_writers_at_the_same_version_leave_exactly_one_winner()
    {
        const int writers = 50;
        await using var db = await TestStore.CreateAsync();
        var start = db.Session();
        start.Events.StartStream<Account>("contested", new AccountOpened("Li Wei"));
        await start.SaveChangesAsync();
        await WarmPoolAsync(db.DataSource, writers);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, writers).Select(async i =>
        {
            var session = db.Session($"writer-{i}");
            session.Events.Append("contested", 1, new AmountNoted(i, $"by writer {i}"), new AmountNoted(1000m, "second event"));
            await gate.Task;
            try
            {
                await session.SaveChangesAsync();
                return (Writer: i, Error: (Exception?)null);
            }
            catch (Exception ex)
            {
                return (Writer: i, Error: ex);
            }
        }).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.Error is null).Writer;
        Assert.All(results.Where(r => r.Error is not null), r =>
        {
            var conflict = Assert.IsType<ConcurrencyException>(r.Error);
            Assert.Equal((1L, 3L), (conflict.ExpectedVersion, conflict.ActualVersion));
        });
        var events = await db.Session().Events.FetchStreamAsync("contested");
        Assert.Equal([1L, 2, 3], events.Select(e => e.Version));
        Assert.Equal([$"writer-{winner}", $"writer-{winner}"], events.Skip(1).Select(e => e.Actor));
        Assert.Equal(new AmountNoted(winner, $"by writer {winner}"), events[1].Data);
        Assert.Equal(3L, await db.ScalarAsync<long>("select version from mt_streams where id = 'contested'"));
    }

    // Open the connections up front so the writers race on the row, not on connection setup.
    private static async Task WarmPoolAsync(NpgsqlDataSource dataSource, int count)
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => dataSource.OpenConnectionAsync().AsTask()));
        foreach (var c in connections)
            await c.DisposeAsync();
    }
}
