using Claims.Infrastructure.Tests.EventStore;

namespace Claims.Infrastructure.Tests.Messaging;

public sealed class ScheduledMessageTests
{
    [Fact]
    public async Task a_scheduled_message_waits_for_its_time_and_then_runs_once()
    {
        await using var db = await MessagingStore.CreateAsync("scheduled");
        await db.OpenAccountAsync("acc");
        var due = db.Clock.GetUtcNow().AddHours(2);
        await db.SendAsync(new RemindOwner("acc", "payment due"), due);

        var early = await db.Worker.RunUntilIdleAsync();
        db.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var stillEarly = await db.Worker.RunUntilIdleAsync();
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        var onTime = await db.Worker.RunUntilIdleAsync();
        var again = await db.Worker.RunUntilIdleAsync();

        Assert.Equal((0, 0, 1, 0), (early.Handled, stillEarly.Handled, onTime.Handled, again.Handled));
        var account = await db.Session().Events.AggregateStreamAsync<Account>("acc");
        Assert.Equal(1, account!.Notes);
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from messages"));
    }

    [Fact]
    public async Task events_written_by_a_handler_name_the_message_that_caused_them()
    {
        await using var db = await MessagingStore.CreateAsync("causation");
        await db.OpenAccountAsync("acc");
        var messageId = await db.SendAsync(new RemindOwner("acc", "check"), correlationId: "import-2026-03");

        await db.Worker.RunUntilIdleAsync();

        var note = (await db.Session().Events.FetchStreamAsync("acc"))[^1];
        Assert.Equal(("system", "import-2026-03", messageId.ToString()), (note.Actor, note.CorrelationId, note.CausationId));
        Assert.Equal(db.Clock.GetUtcNow(), note.OccurredAt);
    }
}
