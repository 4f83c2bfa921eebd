using System.Globalization;

namespace Claims.Benchmarks.Reporting;

/// <summary>What every benchmark reports with: medians of runs (the machine is noisy) and invariant-culture text.</summary>
public static class Stats
{
    /// <summary>The middle value, or halfway between the middle two of an even count.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
