namespace Claims.Documents.Excel.Internal;

/// <summary>Excel's rules for sheet names: at most 31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case.</summary>
internal static class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string Sanitise(string name)
    {
        var cleaned = new string(name.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? ' ' : c).ToArray())
            .Trim().Trim('\'').Trim();
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned[..MaxLength].TrimEnd();
        }

        return cleaned.Length == 0 ? "Sheet" : cleaned;
    }

    /// <summary>The name of part <paramref name="part"/> (1-based) of a sheet, e.g. "Claims (2)", not clashing with <paramref name="taken"/>.</summary>
    public static string Unique(string name, int part, ISet<string> taken)
    {
        var stem = Sanitise(name);
        for (var n = part; ; n++)
        {
            var suffix = n == 1 ? "" : $" ({n})";
            var candidate = (stem.Length + suffix.Length > MaxLength ? stem[..(MaxLength - suffix.Length)].TrimEnd() : stem) + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The name as a formula reference: 'Claims (2)' (apostrophes doubled).</summary>
    public static string Quote(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
