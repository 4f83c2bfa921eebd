using System.Diagnostics;
using System.Globalization;
using Claims.Benchmarks.Lifecycle;
using Claims.Benchmarks.Managers;
using Claims.Benchmarks.Reporting;
using Claims.Notifications;
using Claims.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Notifications;

/// <summary>
/// Issue 19's goal: the digests of 50 users over 10,000 open claims within 10 s, SMTP excluded: each built (its
/// queries), rendered in HTML and text, and kept in the inbox, one user after another as one node's handler would.
/// Baseline: one plain query of every open claim with a deadline by the digest's horizon. Medians of several rounds.
/// </summary>
public static class DigestBenchmark
{
    public const double GoalSeconds = 10;

    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        const int claims = 10_000;
        var runs = quick ? 3 : 5;
        await using var services = await BenchHost.StartAsync(connectionString);
        var db = services.GetRequiredService<NpgsqlDataSource>();
        await ScorecardFill.CopyAsync(db, claims);
        // All open: one in ten accepted and waiting for payment, the rest waiting to be filed, deadlines from a month
        // before the digest's day to a month after.
        await using (var open = db.CreateCommand("""
            update claims set filed_on = null, status = case when abs(hashtext(id)) % 10 = 0 then 'accepted' else 'assessed' end,
                accepted_amount = case when abs(hashtext(id)) % 10 = 0 then assessed_amount end, received = 0, deducted = 0,
                file_by = date '2025-07-01' + (abs(hashtext(id)) % 61 - 30), pay_by = date '2025-07-01' + (abs(hashtext(id) / 7) % 61 - 30)
            """))
            await open.ExecuteNonQueryAsync();
        var users = services.GetRequiredService<UserDirectory>();
        for (var i = 0; i < ScorecardFill.People; i++)
        {
            var role = i < 40 ? Roles.AfterSales : i < 45 ? Roles.Finance : Roles.Manager;
            await users.AddAsync(ScorecardFill.Person(i), role, "correct horse battery staple");
            await users.SetNotificationsAsync(ScorecardFill.Person(i), new NotificationSettings($"staff{i:D2}@example.com", true, i % 2 == 0 ? "zh" : "en"));
        }
        await using (var analyze = db.CreateCommand("analyze"))
            await analyze.ExecuteNonQueryAsync();

        var builder = services.GetRequiredService<DigestBuilder>();
        var inbox = services.GetRequiredService<Inbox>();
        var recipients = await users.DigestRecipientsAsync();
        var day = new DateOnly(2025, 7, 1);
        List<double> rounds = [], baselines = [];
        var lines = 0;
        for (var run = 0; run < runs; run++)
        {
            await using (var clear = db.CreateCommand("delete from inbox"))
                await clear.ExecuteNonQueryAsync();
            var clock = Stopwatch.StartNew();
            lines = 0;
            foreach (var user in recipients)
            {
                var digest = await builder.BuildAsync(user, day);
                lines += digest.Count;
                if (!digest.IsEmpty)
                    await inbox.KeepAsync(digest, DigestMail.Of(digest, "http://localhost:5080"), CancellationToken.None);
            }
            rounds.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            await using (var plain = db.CreateCommand("select id, carrier, waybill, due, next_deadline from claims where due is not null and next_deadline <= $1 order by next_deadline"))
            {
                plain.Parameters.Add(new NpgsqlParameter { Value = day.AddDays(3) });
                await using var reader = await plain.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }
            }
            baselines.Add(clock.Elapsed.TotalSeconds);
        }

        var (seconds, baseline) = (Median(rounds), Median(baselines));
        output.WriteLine(Invariant($"Digest (durable; {Environment.ProcessorCount} cores; median of {runs} rounds)"));
        output.WriteLine(Invariant($"  {recipients.Count} users' digests over {claims:N0} open claims ({lines:N0} lines), built, rendered and kept   {seconds:0.000} s  (goal <= {GoalSeconds:0} s: {(seconds <= GoalSeconds ? "met" : "NOT met")})"));
        output.WriteLine(Invariant($"  one plain query of every open claim due by the horizon (baseline)   {baseline:0.000} s  ratio {seconds / baseline:0.0}"));
        BenchTable.Current.Add("digest", Invariant($"daily digests of {recipients.Count} users over {claims:N0} open claims, SMTP excluded (median of {runs}; baseline: one plain query of the open claims due)"),
            Math.Round((decimal)seconds, 3), "s", Math.Round((decimal)baseline, 3), "s", Invariant($"<= {GoalSeconds:0} s"), seconds <= GoalSeconds);
    }
}
