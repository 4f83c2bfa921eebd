using Claims.Managers;

namespace Claims.Web.Pages.Managers;

/// <summary>The months the page compares: as asked (yyyy-MM), or the last six full months when nothing is asked.</summary>
public static class ManagerPeriod
{
    public const int LongestMonths = 36;

    public static (YearMonth From, YearMonth To)? Read(string? from, string? to, DateOnly today)
    {
        var last = YearMonth.Of(today).AddMonths(-1);
        var end = string.IsNullOrWhiteSpace(to) ? last : YearMonth.TryParse(to, out var t) ? t : (YearMonth?)null;
        if (end is not { } e)
            return null;
        var start = string.IsNullOrWhiteSpace(from) ? e.AddMonths(-5) : YearMonth.TryParse(from, out var f) ? f : (YearMonth?)null;
        if (start is not { } s || s.CompareTo(e) > 0 || e.AddMonths(-(LongestMonths - 1)).CompareTo(s) > 0)
            return null;
        return (s, e);
    }
}
