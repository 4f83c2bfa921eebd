namespace Claims.Documents.Text;

/// <summary>What both writers need to know about CJK text: which characters are wide, and where a line may not break.</summary>
internal static class EastAsian
{
    // Closing punctuation and small kana never start a line (kinsoku shori); opening brackets never end one.
    private const string NoBreakBefore = "，。、．・：；！？）」』】〕〉》”’～ー…‥々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%";
    private const string NoBreakAfter = "（「『【〔〈《“‘([{";

    /// <summary>East Asian Wide and Fullwidth characters: ideographs, kana, hangul, CJK punctuation, fullwidth forms.</summary>
    public static bool IsWide(int cp) =>
        cp is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    public static bool MayNotStartLine(int cp) => cp <= 0xFFFF && NoBreakBefore.Contains((char)cp, StringComparison.Ordinal);

    public static bool MayNotEndLine(int cp) => cp <= 0xFFFF && NoBreakAfter.Contains((char)cp, StringComparison.Ordinal);
}
