namespace Claims.Documents.Excel.Internal;

internal static class ColumnLetters
{
    /// <summary>A, B, ..., Z, AA, AB, ... for a zero-based column index.</summary>
    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static IReadOnlyDictionary<string, string> ByHeader(IReadOnlyList<ColumnSpec> specs) =>
        specs.Select((s, i) => (s.Header, Letter: Of(i)))
            .ToDictionary(p => p.Header, p => p.Letter, StringComparer.OrdinalIgnoreCase);
}
