using System.Globalization;

namespace Claims.Managers.Team;

/// <summary>
/// Who to look at: a person is flagged on a figure where they do worse than the team as a whole by more than a margin
/// big enough to be more than a bad week. Days (median): more than a day and more than a quarter over the team's.
/// Shares (filed in the window, missed windows, overdue open claims, recovery per currency): ten points or more worse.
/// A person with fewer than <see cref="MinClaims"/> claims in the period is not flagged: too few to say.
/// </summary>
public static class TeamFlags
{
    public const int MinClaims = 3;
    public const decimal DaysMargin = 1m;
    public const decimal DaysFactor = 1.25m;
    public const decimal ShareMargin = 0.10m;

    public static IReadOnlyList<TeamFlag> Judge(PersonFigures person, PersonFigures team)
    {
        List<TeamFlag> flags = [];
        if (person.Claims < MinClaims)
            return flags;
        if (Slower(person.MedianDaysIncidentToReport, team.MedianDaysIncidentToReport) is var (p1, t1))
            flags.Add(new("medianDaysIncidentToReport",
                $"事故发生后中位 {Days(p1)} 天才登记，团队为 {Days(t1)} 天。",
                $"Reports incidents {Days(p1)} days after they happen (median); the team takes {Days(t1)}."));
        if (Slower(person.MedianDaysReportToFile, team.MedianDaysReportToFile) is var (p2, t2))
            flags.Add(new("medianDaysReportToFile",
                $"登记后中位 {Days(p2)} 天才提交索赔，团队为 {Days(t2)} 天。",
                $"Files claims {Days(p2)} days after the report (median); the team takes {Days(t2)}."));
        if (person.FiledInWindowRate is { } inWindow && team.FiledInWindowRate is { } teamInWindow && inWindow < teamInWindow - ShareMargin)
            flags.Add(new("filedInWindowRate",
                $"时效内提交 {Percent(inWindow)}，团队为 {Percent(teamInWindow)}。",
                $"Files {Percent(inWindow)} of claims inside the window; the team {Percent(teamInWindow)}."));
        if (person.MissedShare is { } missed && team.MissedShare is { } teamMissed && missed > teamMissed + ShareMargin)
            flags.Add(new("missedWindows",
                $"{person.Decided} 单中 {person.MissedWindows} 单错过索赔时效（{Percent(missed)}），团队为 {Percent(teamMissed)}。",
                $"Missed the filing window on {person.MissedWindows} of {person.Decided} claims ({Percent(missed)}); the team {Percent(teamMissed)}."));
        var lowRecovery = person.RecoveryRate
            .Where(r => team.RecoveryRate.TryGetValue(r.Key, out var t) && r.Value < t - ShareMargin)
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (lowRecovery.Count > 0)
            flags.Add(new("recoveryRate",
                string.Join("；", lowRecovery.Select(r => $"追回索赔金额的 {Percent(r.Value)}（{r.Key}），团队为 {Percent(team.RecoveryRate[r.Key])}")) + "。",
                string.Join("; ", lowRecovery.Select(r => $"Recovered {Percent(r.Value)} of the amount claimed ({r.Key}); the team {Percent(team.RecoveryRate[r.Key])}")) + "."));
        if (person.OverdueShare is { } overdue && team.OverdueShare is { } teamOverdue && overdue > teamOverdue + ShareMargin)
            flags.Add(new("overdueClaims",
                $"{person.OpenClaims} 单未结中 {person.OverdueClaims} 单已逾期（{Percent(overdue)}），团队为 {Percent(teamOverdue)}。",
                $"{person.OverdueClaims} of {person.OpenClaims} open claims are overdue ({Percent(overdue)}); the team {Percent(teamOverdue)}."));
        return flags;
    }

    private static (decimal Person, decimal Team)? Slower(decimal? person, decimal? team) =>
        person is { } p && team is { } t && p > t + DaysMargin && p > t * DaysFactor ? (p, t) : null;

    private static string Days(decimal days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
