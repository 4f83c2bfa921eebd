using YamlDotNet.Core;

namespace Claims.Contracts.Loading;

/// <summary>
/// Maps an offset inside a scalar's value back to the file, so an expression error points at the offending
/// token even when the expression is quoted, escaped or folded over several lines.
/// </summary>
internal static class ExpressionPositions
{
    public static Position Locate(string text, YamlScalar scalar, int offset)
    {
        var value = scalar.Value;
        var raw = Math.Clamp(scalar.Start.Index, 0, text.Length);
        var rawEnd = Math.Clamp(scalar.End.Index, raw, text.Length);
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
            raw++;
        else if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            raw = SkipHeaderLine(text, raw, rawEnd);

        // The value is, nearly always, a subsequence of the raw text (quotes, escapes and indentation are extra):
        // walk both together. Whitespace in the value matches any whitespace, since folding turns breaks into spaces.
        var target = Math.Min(offset, value.Length);
        for (var k = 0; k <= target; k++)
        {
            if (k == value.Length)
                break;
            var found = Find(text, raw, rawEnd, value[k]);
            if (found < 0)
                return scalar.Start;
            if (k == target)
                return Advance(text, scalar.Start, found);
            raw = found + 1;
        }
        return Advance(text, scalar.Start, Math.Min(raw, rawEnd));
    }

    private static int Find(string text, int from, int end, char c)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] == c || (char.IsWhiteSpace(c) && char.IsWhiteSpace(text[i])))
                return i;
        }
        return -1;
    }

    private static int SkipHeaderLine(string text, int from, int end)
    {
        var newline = text.IndexOf('\n', from, end - from);
        return newline < 0 ? from : newline + 1;
    }

    // Line and column of `index`, counting from a known position as YamlDotNet does (CRLF is one break).
    private static Position Advance(string text, Position start, int index)
    {
        var (line, column) = (start.Line, start.Column);
        for (var i = start.Index; i < index && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                continue;
            if (c is '\n' or '\r')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return new Position(line, column, index);
    }
}
