using Claims.Contracts.Model;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle.Filing;
using Claims.Register;
using Claims.Tests.Register;
using Claims.Webhooks;

namespace Claims.Tests.Webhooks;

/// <summary>Webhooks: signed, delivered once per event and subscription, retried through failures, once across two nodes.</summary>
public sealed class WebhookTests
{
    private static readonly DateOnly Start = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");
    private const string Secret = "s3cret-shared-with-the-erp";

    [Fact]
    public async Task a_receiver_that_fails_twice_still_gets_each_event_once_signed_and_the_log_says_how_it_went()
    {
        await using var receiver = new WebhookReceiver(Secret, failFirst: 2);
        await using var host = await LifecycleHost.StartAsync(Start, m => m.Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)]);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var (subscription, refusal) = await host.Get<WebhookSubscriptions>().AddAsync(receiver.Url, ["claim.reported", "claim.filed"], Secret, "admin");
        Assert.Null(refusal);

        var first = await ReportAsync(host, "WH000001");
        await ReportAsync(host, "WH000002");
        Assert.Null((await host.Get<ClaimCommands>().RunAsync(first, Lin, (c, t, today) => FileClaimHandler.Decide(c, new FileClaim(Start), t, today))).Refusal);
        Assert.Equal(0, (await host.RunDueWorkAsync()).Dead);

        Assert.Equal(3, receiver.Taken.Count);
        Assert.Empty(receiver.Repeats);
        Assert.Equal(0, receiver.BadSignatures);
        Assert.Equal(5, receiver.Requests); // three deliveries, two of them answered 500 first
        var filed = Assert.Single(receiver.Taken.Values, b => b.GetProperty("type").GetString() == "claim.filed");
        Assert.Equal(first, filed.GetProperty("subject").GetString());
        Assert.Equal(Start.ToString("yyyy-MM-dd"), filed.GetProperty("data").GetProperty("on").GetString());
        var log = await host.Get<WebhookSubscriptions>().DeliveriesAsync();
        Assert.Equal(3, log.Count);
        Assert.All(log, d => Assert.Equal(("delivered", 204, subscription!.Id), (d.Status, d.LastStatus, d.SubscriptionId)));
        Assert.Equal(5, log.Sum(d => d.Attempts));

        // A rebuild of the read models replays the events and sends nothing; a removed subscription gets nothing new.
        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
        Assert.True(await host.Get<WebhookSubscriptions>().RemoveAsync(subscription!.Id));
        await ReportAsync(host, "WH000003");
        await host.RunDueWorkAsync();
        Assert.Equal(5, receiver.Requests);
        Assert.Equal(3, (await host.Get<WebhookSubscriptions>().DeliveriesAsync()).Count);
    }

    [Fact]
    public async Task two_nodes_working_at_once_deliver_each_event_once()
    {
        await using var receiver = new WebhookReceiver(Secret);
        await using var host = await LifecycleHost.StartAsync(Start);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        Assert.Null((await host.Get<WebhookSubscriptions>().AddAsync(receiver.Url, ["claim.reported"], Secret, "admin")).Refusal);
        for (var i = 0; i < 12; i++)
            await ReportAsync(host, $"WH1000{i:D2}");

        await using var second = await host.JoinAsync();
        await Task.WhenAll(host.RunDueWorkAsync(), second.RunDueWorkAsync());

        Assert.Equal(12, receiver.Taken.Count);
        Assert.Equal(12, receiver.Requests);
        Assert.Empty(receiver.Repeats);
    }

    [Theory]
    [InlineData("ftp://example.com/hook", "claim.filed", "webhook.url")]
    [InlineData("https://user:pw@example.com/hook", "claim.filed", "webhook.url")]
    [InlineData("https://example.com/hook", "claim.lost", "webhook.events")]
    [InlineData("https://example.com/hook", "", "webhook.events")]
    public async Task a_subscription_that_could_not_work_is_refused_saying_why(string url, string events, string code)
    {
        await using var host = await LifecycleHost.StartAsync(Start);

        var (added, refusal) = await host.Get<WebhookSubscriptions>().AddAsync(url, events.Split(',', StringSplitOptions.RemoveEmptyEntries), Secret, "admin");

        Assert.Null(added);
        Assert.Equal(code, refusal!.Code);
        Assert.Empty(await host.Get<WebhookSubscriptions>().ListAsync());
    }

    [Fact]
    public async Task claims_webhooks_adds_lists_and_removes_subscriptions()
    {
        await using var host = await LifecycleHost.StartAsync(Start);

        var added = await CliRun.RunAsync(host.ConnectionString, "webhooks", "add", "https://erp.example/hook", "--events", "claim.paid,deposit.deducted", "--secret", Secret);
        Assert.True(added.Exit == 0, added.Err);
        var id = added.Out.Split(' ', 2)[0];
        Assert.StartsWith("wh_", id, StringComparison.Ordinal);
        var listed = await CliRun.RunAsync(host.ConnectionString, "webhooks", "list");
        Assert.Contains($"{id}  https://erp.example/hook  claim.paid,deposit.deducted", listed.Out, StringComparison.Ordinal);
        var weak = await CliRun.RunAsync(host.ConnectionString, "webhooks", "add", "https://erp.example/hook", "--events", "claim.paid", "--secret", "short");
        Assert.Equal(2, weak.Exit);
        Assert.Contains("The secret must be 16 to 200 characters", weak.Err, StringComparison.Ordinal);

        Assert.Equal(0, (await CliRun.RunAsync(host.ConnectionString, "webhooks", "remove", id)).Exit);
        Assert.Contains("No webhooks", (await CliRun.RunAsync(host.ConnectionString, "webhooks", "list")).Out, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRun.RunAsync(host.ConnectionString, "webhooks", "remove", id)).Exit);
    }

    private static async Task<string> ReportAsync(LifecycleHost host, string waybill) =>
        (await host.Get<ClaimReporting>().ReportAsync(
            new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                GoodsValue: 500m, Freight: 12m, WeightKg: 1.2m), Lin)).ClaimId;
}
