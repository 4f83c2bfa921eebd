namespace Claims.Documents.Charts;

/// <summary>
/// A slightly generous estimate of how wide text is in a sans face, so the layout can be computed once without
/// knowing the renderer's fonts: CJK characters are a full em, Latin letters about half.
/// </summary>
internal static class TextWidth
{
    public static double Of(string text, double size)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            ems += c >= 0x2E80 ? 1.0
                : c == ' ' ? 0.3
                : c is '.' or ',' or ':' or ';' or 'i' or 'l' or 'j' or '|' or '\'' or '!' ? 0.3
                : char.IsUpper((char)c) || c is 'm' or 'w' or '%' or '@' ? 0.72
                : char.IsDigit((char)c) ? 0.58
                : 0.54;
        }

        return ems * size;
    }

    /// <summary>The text cut with an ellipsis to fit the width (whole, if it fits).</summary>
    public static string Fit(string text, double size, double width)
    {
        if (Of(text, size) <= width)
            return text;
        var runes = text.EnumerateRunes().ToList();
        for (var n = runes.Count - 1; n > 0; n--)
        {
            var cut = string.Concat(runes.Take(n)) + "…";
            if (Of(cut, size) <= width)
                return cut;
        }

        return "…";
    }
}
