using Claims.Contracts.Model;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Managers;
using Claims.Managers.Team;
using Claims.Tests.Register;

namespace Claims.Tests.Managers;

/// <summary>
/// The team figures on a store worked out by hand (May 2026, ZTO, CNY, a 30-day filing window from the incident):
/// ann reports each loss 2 days after it happened and files it a day later; bob reports 10 days after and files a day
/// later; cai reports 2 days after and never files. dan files one of cai's claims, so it counts for dan.
/// </summary>
public sealed class TeamFiguresTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly YearMonth May = new(2026, 5);

    [Fact]
    public async Task each_persons_figures_and_the_teams_are_as_worked_out_by_hand_and_equal_a_rebuild()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        await WriteAsync(host.Get<EventStore>());

        var report = await host.Get<TeamFigures>().ReadAsync(May, May, Today);

        var ann = Person(report, "ann");
        Assert.Equal((3, 2m, 1m, 3, 3, 0), (ann.IncidentsReported, ann.MedianDaysIncidentToReport, ann.MedianDaysReportToFile, ann.Decided, ann.FiledInWindow, ann.MissedWindows));
        Assert.Equal(300m, ann.Claimed["CNY"]);
        Assert.Equal(100m, ann.Recovered["CNY"]); // one of ann's was paid
        Assert.Equal((2, 2), (ann.OpenClaims, ann.OverdueClaims)); // the paid one is done; the carrier's answer is overdue on the other two

        var bob = Person(report, "bob");
        Assert.Equal((3, 10m, 1m, 1m), (bob.IncidentsReported, bob.MedianDaysIncidentToReport, bob.MedianDaysReportToFile, bob.FiledInWindowRate));

        // cai's three: two never filed, their window closed on 2026-06-04 (missed, 100 each unrecovered); one dan filed.
        var cai = Person(report, "cai");
        Assert.Equal((2, 2m, (decimal?)null, 2, 0, 2), (cai.IncidentsReported, cai.MedianDaysIncidentToReport, cai.MedianDaysReportToFile, cai.Decided, cai.FiledInWindow, cai.MissedWindows));
        Assert.Equal(200m, cai.MissedAmount["CNY"]);
        Assert.Equal((2, 2), (cai.OpenClaims, cai.OverdueClaims));
        var dan = Person(report, "dan");
        Assert.Equal((1, 2m, 20m), (dan.IncidentsReported, dan.MedianDaysIncidentToReport, dan.MedianDaysReportToFile));

        // The team: report days 2,2,2,10,10,10,2,2,2 (median 2); file days 1 x 6 and 20 (median 1); 7 of 9 decided in the window.
        var team = report.Team;
        Assert.Equal((9, 2m, 1m, 9, 7, 2), (team.IncidentsReported, team.MedianDaysIncidentToReport, team.MedianDaysReportToFile, team.Decided, team.FiledInWindow, team.MissedWindows));
        Assert.Equal(200m, team.MissedAmount["CNY"]);
        Assert.Equal(100m / 900m, team.RecoveryRate["CNY"]);

        // bob is slow to report, and recovered nothing against the team's 11 %; cai and dan have too few claims to judge.
        Assert.Equal(["ann", "bob", "cai", "dan"], report.People.Select(p => p.Figures.User));
        Assert.Empty(Flags(report, "ann"));
        Assert.Equal(["medianDaysIncidentToReport", "recoveryRate"], Flags(report, "bob"));
        Assert.Empty(Flags(report, "cai")); // two claims: fewer than TeamFlags.MinClaims
        Assert.Empty(Flags(report, "dan"));
        var reason = report.People.Single(p => p.Figures.User == "bob").Flags[0];
        Assert.Equal("事故发生后中位 10 天才登记，团队为 2 天。", reason.Chinese);
        Assert.Equal("Reports incidents 10 days after they happen (median); the team takes 2.", reason.English);
        Assert.Equal("Recovered 0% of the amount claimed (CNY); the team 11%.", report.People.Single(p => p.Figures.User == "bob").Flags[1].English);

        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
        Assert.Equal(Summary(report), Summary(await host.Get<TeamFigures>().ReadAsync(May, May, Today)));
    }

    [Fact]
    public async Task a_person_who_misses_most_windows_is_flagged_with_a_reason_in_both_languages()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var store = host.Get<EventStore>();
        await WriteAsync(store);
        // Two more claims cai never files: now five, four of them missed.
        var s = store.LightweightSession(new Actor("cai"));
        Claim(s, "C4", new DateOnly(2026, 5, 3), reportedAfter: 2);
        Claim(s, "C5", new DateOnly(2026, 5, 3), reportedAfter: 2);
        await s.SaveChangesAsync();

        var report = await host.Get<TeamFigures>().ReadAsync(May, May, Today);

        // Every open claim in the team is overdue by 2026-06-30, so being overdue singles nobody out.
        Assert.Equal(["filedInWindowRate", "missedWindows"], Flags(report, "cai"));
        var missed = report.People.Single(p => p.Figures.User == "cai").Flags.Single(f => f.Figure == "missedWindows");
        Assert.Equal("4 单中 4 单错过索赔时效（100%），团队为 36%。", missed.Chinese);
        Assert.Equal("Missed the filing window on 4 of 4 claims (100%); the team 36%.", missed.English);
        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
        Assert.Equal(Summary(report), Summary(await host.Get<TeamFigures>().ReadAsync(May, May, Today)));
    }

    [Fact]
    public async Task a_claim_filed_without_a_filing_deadline_counts_as_filed_in_time()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var store = host.Get<EventStore>();
        var s = store.LightweightSession(new Actor("eve"));
        var id = "claim:ZTO:E1:forward";
        // No contract covered it: a person assessed it by hand, with no window to keep.
        s.Events.StartStream<ClaimState>(id, [
            new IncidentReported(id, "ZTO", "E1", Direction.Forward, IncidentType.Lost, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), 500m, 0m, 40m, null, 1m, 0, null, null, new DateOnly(2026, 5, 3)),
            new ClaimNeedsManualAssessment("no contract", null, "CNY", null, false),
            new AssessmentOverridden(80m, "CNY", "by hand"),
            new ClaimFiled(new DateOnly(2026, 5, 4), 80m, null),
        ]);
        await s.SaveChangesAsync();

        var eve = (await host.Get<TeamFigures>().ReadAsync(May, May, Today)).People.Single().Figures;

        Assert.Equal((1, 1, 0, 1m), (eve.Decided, eve.FiledInWindow, eve.MissedWindows, eve.MedianDaysReportToFile));
        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
    }

    [Fact]
    public async Task claims_team_prints_the_figures_as_json_csv_and_a_table()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        await WriteAsync(host.Get<EventStore>());

        var json = await CliRun.RunAsync(host.ConnectionString, "team", "--from", "2026-05", "--to", "2026-05", "--format", "json");

        Assert.True(json.Exit == 0, json.Err);
        var root = System.Text.Json.JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(9, root.GetProperty("team").GetProperty("incidentsReported").GetInt32());
        var bob = root.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("user").GetString() == "bob");
        Assert.Equal("bob", bob.GetProperty("displayName").GetString());
        Assert.Equal(10m, bob.GetProperty("medianDaysIncidentToReport").GetDecimal());
        Assert.Equal(1m, bob.GetProperty("medianDaysReportToFile").GetDecimal());
        Assert.Equal(1m, bob.GetProperty("filedInWindowRate").GetDecimal());
        Assert.Equal(0, bob.GetProperty("missedWindows").GetInt32());
        Assert.Equal(0m, bob.GetProperty("recovered").GetProperty("CNY").GetDecimal());
        Assert.Equal(0m, bob.GetProperty("recoveryRate").GetProperty("CNY").GetDecimal());
        Assert.Equal((3, 3), (bob.GetProperty("openClaims").GetInt32(), bob.GetProperty("overdueClaims").GetInt32()));
        Assert.Equal(["medianDaysIncidentToReport", "recoveryRate"], bob.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        var cai = root.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("user").GetString() == "cai");
        Assert.Equal(200m, cai.GetProperty("missedAmount").GetProperty("CNY").GetDecimal());

        var csv = await CliRun.RunAsync(host.ConnectionString, "team", "--from", "2026-05", "--to", "2026-05", "--format", "csv");
        Assert.True(csv.Exit == 0, csv.Err);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("user,claims,incidentsReported,medianDaysIncidentToReport", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("bob,3,3,10", StringComparison.Ordinal) && l.EndsWith("medianDaysIncidentToReport recoveryRate,bob", StringComparison.Ordinal));

        var table = await CliRun.RunAsync(host.ConnectionString, "team", "--from", "2026-05", "--to", "2026-05");
        Assert.True(table.Exit == 0, table.Err);
        Assert.Contains("bob: Reports incidents 10 days after they happen (median); the team takes 2. / 事故发生后中位 10 天才登记，团队为 2 天。", table.Out, StringComparison.Ordinal);

        var bad = await CliRun.RunAsync(host.ConnectionString, "team", "--from", "2026-13");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--from must be a month written yyyy-mm", bad.Err, StringComparison.Ordinal);
    }

    private static PersonFigures Person(TeamReport report, string user) => report.People.Single(p => p.Figures.User == user).Figures;

    private static string[] Flags(TeamReport report, string user) => [.. report.People.Single(p => p.Figures.User == user).Flags.Select(f => f.Figure)];

    private static string Summary(TeamReport r) => string.Join("\n", r.People.Select(p => p.Figures).Append(r.Team).Select(f =>
        $"{f.User} {f.IncidentsReported} {f.MedianDaysIncidentToReport} {f.MedianDaysReportToFile} {f.Decided} {f.FiledInWindow} {f.MissedWindows} " +
        $"{string.Join(",", f.MissedAmount)} {string.Join(",", f.Recovered)} {f.OpenClaims} {f.OverdueClaims}"));

    private static async Task WriteAsync(EventStore store)
    {
        foreach (var (user, waybill, day, after) in new[]
        {
            ("ann", "A1", 3, 2), ("ann", "A2", 4, 2), ("ann", "A3", 5, 2),
            ("bob", "B1", 3, 10), ("bob", "B2", 4, 10), ("bob", "B3", 5, 10),
            ("cai", "C1", 3, 2), ("cai", "C2", 4, 2), ("cai", "C3", 5, 2),
        })
        {
            var s = store.LightweightSession(new Actor(user));
            Claim(s, waybill, new DateOnly(2026, 5, day), after);
            await s.SaveChangesAsync();
        }
        // ann and bob file theirs the day after reporting; dan files cai's C3 20 days after it was reported (in its window).
        foreach (var (user, waybill, on) in new[]
        {
            ("ann", "A1", new DateOnly(2026, 5, 6)), ("ann", "A2", new DateOnly(2026, 5, 7)), ("ann", "A3", new DateOnly(2026, 5, 8)),
            ("bob", "B1", new DateOnly(2026, 5, 14)), ("bob", "B2", new DateOnly(2026, 5, 15)), ("bob", "B3", new DateOnly(2026, 5, 16)),
            ("dan", "C3", new DateOnly(2026, 5, 27)),
        })
        {
            var s = store.LightweightSession(new Actor(user));
            s.Events.Append($"claim:ZTO:{waybill}:forward", 2, new ClaimFiled(on, 100m, on.AddDays(7)));
            await s.SaveChangesAsync();
        }
        var paid = store.LightweightSession(new Actor("lin"));
        paid.Events.Append("claim:ZTO:A1:forward", 3, new CarrierAccepted(new DateOnly(2026, 5, 8), 100m, new DateOnly(2026, 5, 23)),
            new PaymentReceived(new DateOnly(2026, 5, 20), 100m, "P1"));
        await paid.SaveChangesAsync();
    }

    private static void Claim(EventSession s, string waybill, DateOnly incidentOn, int reportedAfter)
    {
        var id = $"claim:ZTO:{waybill}:forward";
        var reportedOn = incidentOn.AddDays(reportedAfter);
        s.Events.StartStream<ClaimState>(id, [
            new IncidentReported(id, "ZTO", waybill, Direction.Forward, IncidentType.Lost, incidentOn.AddDays(-1), incidentOn, 500m, 0m, 40m, null, 1m, 0, null, null, reportedOn),
            new ClaimAssessed("ZTO-1", "4.3", 4, "丢失", 100m, "CNY", "trace", incidentOn.AddDays(30), false),
        ]);
    }
}
