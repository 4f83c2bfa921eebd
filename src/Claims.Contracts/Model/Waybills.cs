using System.Text;

namespace Claims.Contracts.Model;

/// <summary>
/// A waybill as it is stored and looked up: people paste " 7300 0001 2345 67 ", type full-width digits (７３００…)
/// or lower-case letters (sf1234…), and carriers ignore all of that. Spaces of any kind are dropped, full-width
/// characters become ASCII, letters become upper case. Dashes stay: JD's parcel suffixes (-1-2) tell parcels apart.
/// </summary>
public static class Waybills
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        if (!text.Any(NeedsChange))
            return text;
        var normal = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            // Full-width forms (U+FF01..U+FF5E) are the ASCII range shifted; the ideographic space is U+3000.
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
                continue;
            normal.Append(char.ToUpperInvariant(c));
        }
        return normal.ToString();
    }

    private static bool NeedsChange(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' or '\u200B' or '\uFEFF' || char.IsWhiteSpace(c) || char.IsLower(c);
}
