using System.Diagnostics;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Tests.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Infrastructure.Tests.Messaging;

public sealed class ListeningWorkerTests
{
    [Fact]
    public async Task a_running_worker_wakes_when_a_message_is_sent_without_waiting_for_its_poll()
    {
        await using var db = await MessagingStore.CreateAsync("listen");
        db.Services.GetRequiredService<MessagingOptions>().PollInterval = TimeSpan.FromMinutes(1);
        await db.OpenAccountAsync("acc");
        using var stop = new CancellationTokenSource();
        var running = db.Worker.RunAsync(stop.Token);
        await Task.Delay(500); // let it drain the (empty) queue and start listening

        var sent = Stopwatch.StartNew();
        await db.SendAsync(new RemindOwner("acc", "now"));
        while (db.Calls().CountOf(nameof(RemindOwnerHandler)) == 0 && sent.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(20);
        var waited = sent.Elapsed;
        await stop.CancelAsync();
        await running;

        Assert.Equal(1, db.Calls().CountOf(nameof(RemindOwnerHandler)));
        Assert.True(waited < TimeSpan.FromSeconds(10), $"the worker took {waited} to notice the message");
    }
}
