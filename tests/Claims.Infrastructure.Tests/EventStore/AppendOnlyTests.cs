using Npgsql;

namespace Claims.Infrastructure.Tests.EventStore;

public sealed class AppendOnlyTests
{
    [Theory]
    [InlineData("update mt_events set data = '{\"owner\":\"forged\"}'")]
    [InlineData("delete from mt_events")]
    [InlineData("delete from mt_events where stream_id = 'no-such-stream'")]
    [InlineData("truncate mt_events")]
    public async Task recorded_events_cannot_be_changed_or_removed(string sql)
    {
        await using var db = await TestStore.CreateAsync();
        var session = db.Session();
        session.Events.StartStream<Account>("acc", new AccountOpened("Li Wei"));
        await session.SaveChangesAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(sql));

        Assert.Equal("CL403", refused.SqlState);
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal("Li Wei", (await db.Session().Events.AggregateStreamAsync<Account>("acc"))!.Owner);
    }
}
