using Claims.Documents.Pdf;
using Claims.Documents.Pdf.Layout;
using Claims.Documents.Text;

namespace Claims.Documents.Tests.Pdf;

public sealed class LineBreakerTests
{
    [Fact]
    public void latin_text_breaks_between_words()
    {
        Assert.Equal(["the parcel", "was", "crushed"], Lines("the parcel was crushed", width: 10));
    }

    [Fact]
    public void chinese_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["承运人应在", "收到索赔后"], Lines("承运人应在收到索赔后", width: 10));
    }

    [Fact]
    public void closing_punctuation_never_starts_a_line()
    {
        // Six characters fit; "。" may not start the next line, so "意。" moves down together.
        Assert.Equal(["逾期视为同", "意。"], Lines("逾期视为同意。", width: 12));
    }

    [Fact]
    public void a_word_longer_than_the_line_is_cut_between_characters()
    {
        Assert.Equal(["ZT75012345", "67ZT750123", "4568"], Lines("ZT7501234567ZT7501234568", width: 10));
    }

    [Fact]
    public void line_feeds_force_a_new_line()
    {
        Assert.Equal(["a", "", "b"], Lines("a\n\nb", width: 10));
    }

    [Fact]
    public void latin_and_chinese_mixed_break_at_the_script_change()
    {
        Assert.Equal(["Evidence", "证据一"], Lines("Evidence证据一", width: 9));
    }

    private static List<string> Lines(string text, double width) =>
        LineBreaker.Break([(text, Typography.Body)], width, new CellMetrics())
            .Select(line => string.Concat(line.Runs.Select(r => r.Text)))
            .ToList();

    /// <summary>A terminal-like font: one unit per Latin character, two per wide one, at any size.</summary>
    private sealed class CellMetrics : IFontMetrics
    {
        public double Advance(int codePoint, TextStyle style) => EastAsian.IsWide(codePoint) ? 2 : 1;

        public double Ascent(TextStyle style) => 0.8;

        public double Descent(TextStyle style) => 0.2;
    }
}
