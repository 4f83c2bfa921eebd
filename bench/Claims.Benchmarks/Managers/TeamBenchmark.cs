using System.Diagnostics;
using System.Globalization;
using Claims.Benchmarks.Lifecycle;
using Claims.Benchmarks.Reporting;
using Claims.Managers;
using Claims.Managers.Team;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Managers;

/// <summary>
/// Issue 19's goal: the team figures (what `claims team` prints) over 1,000,000 claims of 50 people and 12 months within
/// 200 ms, beside a same-run plain GROUP BY over the claims table per person and currency (the sums alone: no medians, no
/// judging of missed windows or overdue claims against today). Medians of several runs.
/// </summary>
public static class TeamBenchmark
{
    public const double GoalMs = 200;

    public static async Task RunAsync(string connectionString, TextWriter output, bool quick)
    {
        var claims = quick ? 100_000 : 1_000_000;
        var runs = quick ? 5 : 9;
        await using var services = await BenchHost.StartAsync(connectionString);
        var db = services.GetRequiredService<NpgsqlDataSource>();
        var fill = Stopwatch.StartNew();
        await ScorecardFill.CopyAsync(db, claims);
        var copied = fill.Elapsed;
        await ExecuteAsync(db, TeamSql.Count("id is not null", 1));
        await ExecuteAsync(db, TeamSql.Compact);
        var counted = fill.Elapsed - copied;
        await ExecuteAsync(db, "analyze");

        var figures = services.GetRequiredService<TeamFigures>();
        var (from, to, today) = (new YearMonth(2025, 1), new YearMonth(2025, 12), new DateOnly(2026, 1, 15));
        var report = await figures.ReadAsync(from, to, today);
        await GroupByAsync(db);
        List<double> team = [], groupBy = [];
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            report = await figures.ReadAsync(from, to, today);
            team.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await GroupByAsync(db);
            groupBy.Add(clock.Elapsed.TotalMilliseconds);
        }
        await using (var count = db.CreateCommand("select count(*)::int from claims where reported_on >= '2025-01-01' and reported_on < '2026-01-01'"))
        {
            var reported = (int)(await count.ExecuteScalarAsync())!;
            if (report.People.Count != ScorecardFill.People || report.Team.Claims != reported)
                throw new InvalidOperationException($"the team figures count {report.People.Count} people and {report.Team.Claims} claims, not {ScorecardFill.People} and {reported}");
        }

        var (ms, baseline) = (Median(team), Median(groupBy));
        output.WriteLine(Invariant($"Team figures (durable; {Environment.ProcessorCount} cores; median of {runs} runs)"));
        output.WriteLine(Invariant($"  fill: {claims:N0} claims by COPY in {copied.TotalSeconds:0.0} s, team figures counted from them in {counted.TotalSeconds:0.0} s"));
        output.WriteLine(Invariant($"  claims team, 12 months, {report.People.Count} people   {ms,8:0.0} ms  (goal <= {GoalMs:0}: {(ms <= GoalMs ? "met" : "NOT met")})"));
        output.WriteLine(Invariant($"  plain GROUP BY per person and currency (baseline)   {baseline,8:0.0} ms  ratio {ms / baseline:0.000}"));
        BenchTable.Current.Add("team", Invariant($"team figures over 12 months, {claims:N0} claims of {ScorecardFill.People} people (median of {runs}; baseline: plain GROUP BY over the claims table)"),
            Math.Round((decimal)ms, 1), "ms", Math.Round((decimal)baseline, 1), "ms", Invariant($"<= {GoalMs:0} ms"), ms <= GoalMs);
    }

    // The sums per person without the team figures' tables: every claim of the period read and grouped.
    private static async Task GroupByAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("""
            select coalesce(filed_by, reported_by), currency, count(*), sum(incidents), count(*) filter (where filed_on is not null),
                count(*) filter (where out_of_window), sum(amount), sum(received + deducted)
            from claims where reported_on >= '2025-01-01' and reported_on < '2026-01-01'
            group by 1, 2
            """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
