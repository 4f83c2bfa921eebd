namespace Claims.Documents.Pdf.Layout;

/// <summary>Text in one style on one line, starting <see cref="X"/> points from the line's left edge.</summary>
internal sealed record TextRun(string Text, TextStyle Style, double X, double Width);

/// <summary>One laid-out line: its runs, how wide they are, its height and where the baseline sits from its top.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width, double Height, double Baseline);
