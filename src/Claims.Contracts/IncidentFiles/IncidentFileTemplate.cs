namespace Claims.Contracts.IncidentFiles;

/// <summary>
/// The example file the import page offers: every column of CONTRACT-FORMAT.md's incident file, headed in English or
/// in the format's Chinese, with one example row that imports as it stands.
/// </summary>
public static class IncidentFileTemplate
{
    /// <summary>The header row: the format's English names, or its (first) Chinese names.</summary>
    public static IReadOnlyList<string> Headers(bool chinese) =>
        [.. IncidentColumns.All.Select(c => chinese && c.ChineseNames.Length > 0 ? c.ChineseNames[0] : c.Name)];

    /// <summary>One row, column for column, for the carrier given (a code or a name from the contracts).</summary>
    public static IReadOnlyList<string> Example(string carrier, DateOnly shippedOn, bool chinese) =>
    [
        "73000001234567", carrier, chinese ? "丢件" : "lost", chinese ? "正向" : "forward",
        shippedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        shippedOn.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "200.00", "0", "12.00", "", "1.2", "", "TB-2026-000123", chinese ? "客户未收到，已查件" : "customer never received it",
    ];
}
