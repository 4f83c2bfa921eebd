using System.Text;
using Claims.Documents.Text;

namespace Claims.Documents.Pdf.Layout;

/// <summary>
/// Breaks a paragraph into lines: Latin text between words, CJK text between any two characters (except before
/// closing or after opening punctuation), and anything longer than a line character by character.
/// </summary>
internal static class LineBreaker
{
    private enum PieceKind : byte
    {
        Word,
        Space,
        Newline,
    }

    /// <summary>An unbreakable piece of one span's text: [Start, Start + Length) in UTF-16 units.</summary>
    private readonly record struct Piece(PieceKind Kind, int Span, int Start, int Length, double Width)
    {
        public int End => Start + Length;
    }

    public static List<TextLine> Break(IReadOnlyList<(string Text, TextStyle Style)> spans, double maxWidth, IFontMetrics metrics)
    {
        var lines = new LineBuilder(spans, metrics, maxWidth);
        for (var s = 0; s < spans.Count; s++)
        {
            foreach (var piece in Pieces(spans[s].Text, spans[s].Style, s, metrics))
            {
                lines.Add(piece);
            }
        }

        return lines.Finish();
    }

    private static IEnumerable<Piece> Pieces(string text, TextStyle style, int span, IFontMetrics metrics)
    {
        Piece? word = null;
        bool lastWide = false, openEnded = false;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var cp = rune.Value;
            if (cp is '\n' or '\r' or ' ' or '\t')
            {
                if (word is { } w)
                {
                    yield return w;
                    word = null;
                }

                if (cp == '\n')
                {
                    yield return new Piece(PieceKind.Newline, span, i, length, 0);
                }
                else if (cp != '\r')
                {
                    yield return new Piece(PieceKind.Space, span, i, length, metrics.Advance(' ', style));
                }

                i += length;
                continue;
            }

            var advance = metrics.Advance(cp, style);
            var wide = EastAsian.IsWide(cp);
            if (word is { } current && (openEnded || EastAsian.MayNotStartLine(cp) || (!wide && !lastWide)))
            {
                word = current with { Length = current.Length + length, Width = current.Width + advance };
            }
            else
            {
                if (word is { } done)
                {
                    yield return done;
                }

                word = new Piece(PieceKind.Word, span, i, length, advance);
            }

            lastWide = wide;
            openEnded = EastAsian.MayNotEndLine(cp);
            i += length;
        }

        if (word is { } last)
        {
            yield return last;
        }
    }

    private sealed class LineBuilder(IReadOnlyList<(string Text, TextStyle Style)> spans, IFontMetrics metrics, double maxWidth)
    {
        private readonly List<TextLine> _lines = [];
        private readonly List<Piece> _line = [];
        private readonly List<Piece> _spaces = [];
        private double _width;
        private double _spaceWidth;

        public void Add(Piece piece)
        {
            switch (piece.Kind)
            {
                case PieceKind.Newline:
                    EndLine(piece.Span);
                    return;
                case PieceKind.Space:
                    if (_line.Count > 0)
                    {
                        _spaces.Add(piece);
                        _spaceWidth += piece.Width;
                    }

                    return;
            }

            if (_width + _spaceWidth + piece.Width <= maxWidth + Size.Epsilon)
            {
                Commit(piece);
            }
            else if (_line.Count > 0)
            {
                EndLine(piece.Span);
                Add(piece);
            }
            else
            {
                Split(piece);
            }
        }

        public List<TextLine> Finish()
        {
            if (_line.Count > 0)
            {
                EndLine(_line[^1].Span);
            }

            return _lines;
        }

        private void Commit(Piece piece)
        {
            _line.AddRange(_spaces);
            _width += _spaceWidth + piece.Width;
            _spaces.Clear();
            _spaceWidth = 0;
            _line.Add(piece);
        }

        // A piece wider than a whole line (a long waybill number, a URL) is cut between characters.
        private void Split(Piece piece)
        {
            var (text, style) = spans[piece.Span];
            int start = piece.Start, i = piece.Start;
            double width = 0;
            while (i < piece.End)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
                var advance = metrics.Advance(rune.Value, style);
                if (width + advance > maxWidth + Size.Epsilon && i > start)
                {
                    Commit(new Piece(PieceKind.Word, piece.Span, start, i - start, width));
                    EndLine(piece.Span);
                    (start, width) = (i, 0);
                }

                width += advance;
                i += length;
            }

            Commit(new Piece(PieceKind.Word, piece.Span, start, i - start, width));
        }

        private void EndLine(int spanForEmptyLine)
        {
            _lines.Add(_line.Count == 0 ? EmptyLine(spans[spanForEmptyLine].Style) : BuildLine());
            _line.Clear();
            _spaces.Clear();
            _width = _spaceWidth = 0;
        }

        private TextLine EmptyLine(TextStyle style) => new([], 0, style.Size * style.LineHeight, style.Size * style.LineHeight);

        private TextLine BuildLine()
        {
            var runs = new List<TextRun>();
            double x = 0;
            for (var i = 0; i < _line.Count;)
            {
                var first = _line[i];
                var width = 0.0;
                var end = i;
                while (end < _line.Count && _line[end].Span == first.Span)
                {
                    width += _line[end].Width;
                    end++;
                }

                var (text, style) = spans[first.Span];
                runs.Add(new TextRun(text[first.Start.._line[end - 1].End], style, x, width));
                x += width;
                i = end;
            }

            double baseline = 0, height = 0;
            foreach (var run in runs)
            {
                var (ascent, descent) = (metrics.Ascent(run.Style), metrics.Descent(run.Style));
                baseline = Math.Max(baseline, HalfLeading(run.Style, ascent, descent) + ascent);
            }

            foreach (var run in runs)
            {
                var (ascent, descent) = (metrics.Ascent(run.Style), metrics.Descent(run.Style));
                height = Math.Max(height, baseline + descent + HalfLeading(run.Style, ascent, descent));
            }

            return new TextLine(runs, x, height, baseline);
        }

        private static double HalfLeading(TextStyle style, double ascent, double descent) =>
            Math.Max(0, (style.Size * style.LineHeight) - ascent - descent) / 2;
    }
}
