using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Cli.Lifecycle;
using Claims.Infrastructure.Messaging;
using Claims.Notifications;
using Claims.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Cli.Notifications;

/// <summary>
/// `claims notify digest [--today D] [--dry-run]`: queue the day's digests (once per user and day, as the web app does
/// each morning) and run them until sent, or with --dry-run print what each user would get and record nothing.
/// </summary>
public static class NotifyCommand
{
    public static Command Create()
    {
        var today = new Option<string?>("--today") { Description = "The day the digests are for, yyyy-mm-dd (default: today)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each user's digest; send and record nothing" };
        var digest = new Command("digest",
            "Send each user with the digest on the work that is theirs (after-sales: deadlines within Notifications:DaysAhead days and " +
            "overdue; finance: payments, deductions, top-ups; managers: penalties, rate moves), by mail (Notifications:Smtp:*) and to " +
            "the in-app inbox, once per user and day (每日提醒)") { today, dryRun };
        digest.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            DateOnly? day = parse.GetValue(today) is { } text ? ClaimOptions.DateOr(text, default, "--today") : null;
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var dry = parse.GetValue(dryRun);
            await using var services = await CliServices.StartAsync(parse, ct, s =>
            {
                s.AddSingleton<IConfiguration>(configuration);
                if (day is { } d)
                    s.AddSingleton<TimeProvider>(new BusinessDayClock(d));
            }, runsFollowUps: !dry);
            var date = day ?? services.Get<TimeProvider>().Today();
            if (dry)
            {
                var builder = services.Get<DigestBuilder>();
                var options = services.Get<NotificationOptions>();
                foreach (var user in await services.Get<UserDirectory>().DigestRecipientsAsync(ct))
                {
                    var built = await builder.BuildAsync(user, date, ct);
                    var to = user.Settings.Email is { } e ? $" <{e}>" : " (inbox only)";
                    await output.WriteLineAsync($"== {user.Name}{to}: {(built.IsEmpty ? "nothing today" : DigestMail.Of(built, options.BaseUrl).Subject)}");
                    if (!built.IsEmpty)
                        await output.WriteAsync(DigestMail.Of(built, options.BaseUrl).Text);
                }
                return ExitCodes.Ok;
            }
            var queued = await services.Get<DigestSweep>().SweepAsync(date, ct);
            var work = services.Get<DueWork>();
            await work.DrainAsync(ct);
            var dead = (await work.ListDeadAsync(ct)).Count(m => m.Type == "SendDigest");
            await output.WriteLineAsync(queued == 0
                ? $"The digests of {date:yyyy-MM-dd} were already sent (or nobody has the digest on)."
                : $"Sent the digests of {date:yyyy-MM-dd} to {queued} user{(queued == 1 ? "" : "s")} (those with nothing due get none); parked (dead letters): {dead}.");
            return dead > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return new Command("notify", "Notifications: the daily digest") { digest };
    }
}
