using Claims.Cli.Hosting;
using Claims.Managers;

namespace Claims.Cli.Managers;

/// <summary>The months `claims compare` (and `claims team`) cover: by default the twelve full months before today.</summary>
public sealed record ComparePeriod(YearMonth From, YearMonth To)
{
    /// <summary>More than ten years is more than a scorecard table can say anything about (and likely a typo).</summary>
    public const int MaxMonths = 120;

    /// <param name="throughThisMonth">Default to the twelve months up to and including this one (the team figures, whose
    /// open and overdue claims are today's), not the twelve full months before it.</param>
    public static ComparePeriod Resolve(YearMonth? from, YearMonth? to, TimeProvider time, bool throughThisMonth = false)
    {
        var last = to ?? YearMonth.Of(DateOnly.FromDateTime(time.GetLocalNow().Date)).AddMonths(throughThisMonth ? 0 : -1);
        var first = from ?? last.AddMonths(-11);
        if (first.CompareTo(last) > 0)
            throw new CliException($"--from ({first}) is after --to ({last}).");
        if (YearMonth.Range(first, last).Count() > MaxMonths)
            throw new CliException($"The period {first} to {last} is longer than {MaxMonths} months; choose a shorter one.");
        return new ComparePeriod(first, last);
    }
}
