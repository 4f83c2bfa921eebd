using Claims.Infrastructure.Tests.EventStore;

namespace Claims.Infrastructure.Tests.Messaging;

public sealed class RetryTests
{
    [Fact]
    public async Task a_message_that_keeps_failing_is_retried_with_backoff_then_parked_as_dead()
    {
        await using var db = await MessagingStore.CreateAsync("dead");
        var id = await db.SendAsync(new AlwaysFails("carrier API rejected the request"));
        var summaries = new List<string>();

        summaries.Add(Describe(await db.Worker.RunUntilIdleAsync()));
        summaries.Add(Describe(await db.Worker.RunUntilIdleAsync())); // backoff not over: nothing runs
        foreach (var wait in new[] { 1, 5, 30, 120 })
        {
            db.Clock.Advance(TimeSpan.FromSeconds(wait) - TimeSpan.FromMilliseconds(1));
            summaries.Add(Describe(await db.Worker.RunUntilIdleAsync())); // a moment too early
            db.Clock.Advance(TimeSpan.FromMilliseconds(1));
            summaries.Add(Describe(await db.Worker.RunUntilIdleAsync()));
        }
        db.Clock.Advance(TimeSpan.FromDays(1));
        summaries.Add(Describe(await db.Worker.RunUntilIdleAsync())); // dead stays dead

        Assert.Equal(["failed", "-", "-", "failed", "-", "failed", "-", "failed", "-", "dead", "-"], summaries);
        Assert.Equal([1, 2, 3, 4, 5], db.Calls().Calls.Select(c => c.Attempt));
        var dead = Assert.Single(await db.Worker.ListDeadAsync());
        Assert.Equal((id, "AlwaysFails", 5), (dead.Id, dead.Type, dead.Attempts));
        Assert.Equal("InvalidOperationException: carrier API rejected the request", dead.LastError);
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from mt_events where stream_id like 'failure-trace%'"));
    }

    [Fact]
    public async Task a_message_that_fails_once_completes_once_on_its_retry()
    {
        await using var db = await MessagingStore.CreateAsync("retry");
        await db.OpenAccountAsync("acc");
        await db.SendAsync(new FailsOnce("acc"));

        var first = await db.Worker.RunUntilIdleAsync();
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await db.Worker.RunUntilIdleAsync();
        var third = await db.Worker.RunUntilIdleAsync();

        Assert.Equal((0, 1), (first.Handled, first.Failed));
        // The retry succeeds, and the follow-up it sent runs in the same call.
        Assert.Equal((2, 0), (second.Handled, second.Failed));
        Assert.Equal(0, third.Claimed);
        var notes = (await db.Session().Events.FetchStreamAsync("acc")).Skip(1).Select(e => ((AmountNoted)e.Data).Note);
        Assert.Equal(["attempt 2", "follow-up"], notes);
        Assert.Empty(await db.Worker.ListDeadAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from messages"));
    }

    private static string Describe(Claims.Infrastructure.Messaging.WorkSummary s) =>
        s.Claimed == 0 ? "-" : s.Dead > 0 ? "dead" : s.Failed > 0 ? "failed" : "handled";
}
