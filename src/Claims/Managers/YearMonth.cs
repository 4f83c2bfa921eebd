using System.Globalization;

namespace Claims.Managers;

/// <summary>A calendar month, written yyyy-MM; managers think in months, so comparisons and proposals take these.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public YearMonth AddMonths(int months) => Of(FirstDay.AddMonths(months));

    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The months a shop's claims can fall in; outside them a month is a typing error (and 9999-12 has no next month).</summary>
    public static readonly YearMonth Earliest = new(2000, 1), Latest = new(2099, 12);

    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || Of(day).CompareTo(Earliest) < 0 || Of(day).CompareTo(Latest) > 0)
            return false;
        month = Of(day);
        return true;
    }

    /// <summary>The months from..to, both included, oldest first (empty when from is after to).</summary>
    public static IEnumerable<YearMonth> Range(YearMonth from, YearMonth to)
    {
        for (var m = from; m.CompareTo(to) <= 0; m = m.AddMonths(1))
            yield return m;
    }

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
