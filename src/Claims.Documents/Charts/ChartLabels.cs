namespace Claims.Documents.Charts;

/// <summary>The few words a chart writes itself, in the reader's language.</summary>
public sealed record ChartLabels(string NoData)
{
    public static readonly ChartLabels English = new("no data");
    public static readonly ChartLabels Chinese = new("无数据");

    /// <summary>"zh…" gives Chinese, anything else English.</summary>
    public static ChartLabels For(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
