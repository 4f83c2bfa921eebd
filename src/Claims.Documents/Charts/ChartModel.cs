namespace Claims.Documents.Charts;

public enum ChartKind
{
    /// <summary>One group of bars per category, one bar per series.</summary>
    GroupedBars,

    /// <summary>One line per series across the categories (e.g. months).</summary>
    Lines,
}

public enum ValueFormat
{
    Number,

    /// <summary>Values are fractions (0.85) shown as percentages (85%).</summary>
    Percent,
}

/// <summary>One series: a value per category, null where there is nothing to show (a month without volume is a gap, not a zero).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What a chart shows, independent of where it is drawn (SVG on the page, vectors in a PDF).
/// YAxisTitle carries the unit, e.g. "Incidents per 10,000 parcels".
/// </summary>
public sealed record ChartModel(
    ChartKind Kind,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string YAxisTitle,
    string? XAxisTitle = null,
    ValueFormat Format = ValueFormat.Number);
