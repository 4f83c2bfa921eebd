using Claims.Managers;
using Claims.Managers.Team;
using Claims.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Team;

/// <summary>
/// Managers' view of the after-sales team: each person's figures for claims reported in a period against the team's,
/// flagged where someone does worse by more than the documented margin (<see cref="TeamFlags"/>). Reads a projection; GET only.
/// </summary>
public sealed class IndexModel(TeamFigures figures, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public (YearMonth From, YearMonth To)? Period { get; private set; }
    public TeamReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = time.Today();
        Period = TeamPeriod.Read(From, To, today);
        if (Period is not { } period)
            return;
        (From, To) = (period.From.ToString(), period.To.ToString());
        Report = await figures.ReadAsync(period.From, period.To, today, ct);
    }
}

/// <summary>The months of report the team figures cover: as asked (yyyy-MM), else the twelve up to and including this one.</summary>
public static class TeamPeriod
{
    public static (YearMonth From, YearMonth To)? Read(string? from, string? to, DateOnly today)
    {
        var end = string.IsNullOrWhiteSpace(to) ? YearMonth.Of(today) : YearMonth.TryParse(to, out var t) ? t : (YearMonth?)null;
        if (end is not { } e)
            return null;
        var start = string.IsNullOrWhiteSpace(from) ? e.AddMonths(-11) : YearMonth.TryParse(from, out var f) ? f : (YearMonth?)null;
        if (start is not { } s || s.CompareTo(e) > 0 || e.AddMonths(-(Managers.ManagerPeriod.LongestMonths - 1)).CompareTo(s) > 0)
            return null;
        return (s, e);
    }
}
