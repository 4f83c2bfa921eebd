using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Notifications;
using Claims.Tests.Register;
using Claims.Users;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Claims.Tests.Notifications;

/// <summary>
/// The daily digest through a real SMTP server: who gets what, in which language; once a day however often it is
/// queued; and with the server down, retried, parked and not lost.
/// </summary>
public sealed class DigestTests
{
    private static readonly DateOnly Day = new(2026, 5, 10);
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task each_user_gets_their_own_deadlines_in_their_language_once_a_day()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(smtp.Port);
        await PeopleAndClaimsAsync(host);

        Assert.Equal(4, await host.Get<DigestSweep>().SweepAsync(Day)); // lin, amy, fin, cho; max turned it off
        await host.Get<DueWork>().DrainAsync();

        var mails = smtp.Received.ToList();
        Assert.Equal(["amy@example.com", "lin@example.com"], mails.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Order());
        var lin = mails.Single(m => m.To.Mailboxes.Single().Address == "lin@example.com");
        Assert.Equal("物流索赔每日提醒 2026-05-10：1 项", lin.Subject);
        Assert.Contains("提交索赔：中通快递 L1，截止 2026-05-12", lin.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("L2", lin.TextBody, StringComparison.Ordinal); // its window ends after the three days
        Assert.DoesNotContain("A1", lin.TextBody, StringComparison.Ordinal); // amy's
        Assert.Contains("href=\"https://claims.example/claims/view?id=claim%3AZTO%3AL1%3Aforward\"", lin.HtmlBody, StringComparison.Ordinal);
        var amy = mails.Single(m => m.To.Mailboxes.Single().Address == "amy@example.com");
        Assert.Equal("Claims daily digest 2026-05-10: 1 item", amy.Subject);
        Assert.Contains("File the claim: 中通快递 A1, overdue (was due 2026-05-09)", amy.TextBody, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.Equal("claims@example.com", m.From.Mailboxes.Single().Address));

        // The in-app inbox keeps what was mailed, and cho's (no address) too; fin had nothing due and gets nothing.
        var inbox = host.Get<Inbox>();
        Assert.Equal((1, 1, 1, 0), (await inbox.UnreadAsync("lin"), await inbox.UnreadAsync("amy"), await inbox.UnreadAsync("cho"), await inbox.UnreadAsync("fin")));
        var entry = Assert.Single(await inbox.ListAsync("lin"));
        await inbox.MarkReadAsync("amy", entry.Id); // not amy's: nothing changes
        Assert.Equal(1, await inbox.UnreadAsync("lin"));
        await inbox.MarkReadAsync("lin", entry.Id);
        Assert.Equal(0, await inbox.UnreadAsync("lin"));

        // A second round the same day (another node, a restart) sends nothing.
        Assert.Equal(0, await host.Get<DigestSweep>().SweepAsync(Day));
        await using var second = await host.JoinAsync();
        Assert.Equal(0, await second.Get<DigestSweep>().SweepAsync(Day));
        await host.Get<DueWork>().DrainAsync();
        Assert.Equal(2, smtp.Received.Count);
        // Nor does a message run again after its mail went out (a node that died before Wolverine marked it handled).
        await NotificationHandlers.Handle(new SendDigest("lin", Day), host.Get<UserDirectory>(), host.Get<DigestBuilder>(), host.Get<Inbox>(),
            host.Get<DigestMailer>(), host.Get<NotificationOptions>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestMailer>.Instance, default);
        Assert.Equal(2, smtp.Received.Count);
    }

    [Fact]
    public async Task with_the_mail_server_down_a_digest_is_retried_then_parked_kept_in_the_inbox_and_sent_when_replayed()
    {
        var port = SmtpSink.FreePort();
        await using var host = await StartAsync(port, m => m.Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)]);
        await PeopleAndClaimsAsync(host);

        await host.Get<DigestSweep>().SweepAsync(Day);
        await host.Get<DueWork>().DrainAsync();

        var dead = (await host.Get<DueWork>().ListDeadAsync()).Where(d => d.Type == "SendDigest").ToList();
        Assert.Equal(2, dead.Count); // lin's and amy's; cho's has no address and is done
        Assert.All(dead, d => Assert.Contains("Connection refused", d.LastError, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await host.Get<Inbox>().UnreadAsync("lin"));

        await using var smtp = SmtpSink.Start(port);
        foreach (var d in dead)
            Assert.Equal(ReplayResult.Handled, await host.Get<DueWork>().ReplayAndWaitAsync(d.Id, TimeSpan.FromSeconds(60)));

        Assert.Equal(["amy@example.com", "lin@example.com"], smtp.Received.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Order());
        Assert.Equal(1, await host.Get<Inbox>().UnreadAsync("lin")); // kept once, not once per attempt
    }

    [Fact]
    public async Task claims_notify_digest_shows_each_users_digest_with_dry_run_and_sends_them_once()
    {
        await using var host = await StartAsync(SmtpSink.FreePort());
        await PeopleAndClaimsAsync(host);

        var dry = await CliRun.RunAsync(host.ConnectionString, "notify", "digest", "--today", "2026-05-10", "--dry-run");
        Assert.True(dry.Exit == 0, dry.Err);
        Assert.Contains("== lin <lin@example.com>: 物流索赔每日提醒 2026-05-10：1 项", dry.Out, StringComparison.Ordinal);
        Assert.Contains("== cho (inbox only): 物流索赔每日提醒 2026-05-10：1 项", dry.Out, StringComparison.Ordinal);
        Assert.Contains("== fin <fin@example.com>: nothing today", dry.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("== max", dry.Out, StringComparison.Ordinal);
        Assert.Equal(0, await host.Get<Inbox>().UnreadAsync("lin")); // a dry run records nothing

        // The CLI has no SMTP server configured here: the digests reach the inboxes.
        var sent = await CliRun.RunAsync(host.ConnectionString, "notify", "digest", "--today", "2026-05-10");
        Assert.True(sent.Exit == 0, sent.Err);
        Assert.Contains("Sent the digests of 2026-05-10 to 4 users", sent.Out, StringComparison.Ordinal);
        Assert.Equal((1, 1), (await host.Get<Inbox>().UnreadAsync("lin"), await host.Get<Inbox>().UnreadAsync("amy")));
        var again = await CliRun.RunAsync(host.ConnectionString, "notify", "digest", "--today", "2026-05-10");
        Assert.Contains("were already sent", again.Out, StringComparison.Ordinal);
    }

    private static Task<LifecycleHost> StartAsync(int port, Action<MessagingOptions>? messaging = null) =>
        LifecycleHost.StartAsync(Day, messaging, s => s.AddSingleton(new NotificationOptions
        {
            BaseUrl = "https://claims.example",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None", From = "Claims <claims@example.com>", Timeout = TimeSpan.FromSeconds(5) },
        }));

    /// <summary>
    /// lin (after-sales, Chinese, mailed) reported L1 (window ends in 2 days) and L2 (in 20); amy (after-sales, English,
    /// mailed) reported A1, whose window closed yesterday; cho (after-sales) has no address; fin (finance) has nothing due;
    /// max (manager) turned the digest off.
    /// </summary>
    private static async Task PeopleAndClaimsAsync(LifecycleHost host)
    {
        var users = host.Get<UserDirectory>();
        foreach (var (name, role, email, digest, language) in new[]
        {
            ("lin", Roles.AfterSales, "lin@example.com", true, "zh"), ("amy", Roles.AfterSales, "amy@example.com", true, "en"),
            ("cho", Roles.AfterSales, "", true, "zh"), ("fin", Roles.Finance, "fin@example.com", true, "en"), ("max", Roles.Manager, "max@example.com", false, "zh"),
        })
        {
            Assert.Null(await users.AddAsync(name, role, Password));
            Assert.Null(await users.SetNotificationsAsync(name, new NotificationSettings(email, digest, language)));
        }
        var store = host.Get<EventStore>();
        var carrier = store.LightweightSession(new Actor("lin"));
        carrier.Events.StartStream<Carriers.CarrierState>("carrier:ZTO",
            new Carriers.ContractRegistered("ZTO", "中通快递", "ZTO-1", new DateOnly(2026, 1, 1), null, "CNY", "zto.yaml", "a", null, null, null));
        await carrier.SaveChangesAsync();
        foreach (var (user, waybill, fileBy) in new[] { ("lin", "L1", Day.AddDays(2)), ("lin", "L2", Day.AddDays(20)), ("amy", "A1", Day.AddDays(-1)), ("cho", "C1", Day) })
        {
            var s = store.LightweightSession(new Actor(user));
            var id = $"claim:ZTO:{waybill}:forward";
            s.Events.StartStream<ClaimState>(id, [
                new IncidentReported(id, "ZTO", waybill, Direction.Forward, IncidentType.Lost, Day.AddDays(-5), Day.AddDays(-4), 500m, 0m, 40m, null, 1m, 0, null, null, Day.AddDays(-3)),
                new ClaimAssessed("ZTO-1", "4.3", 4, "丢失", 100m, "CNY", "trace", fileBy, false),
            ]);
            await s.SaveChangesAsync();
        }
    }
}
