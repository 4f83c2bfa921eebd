using System.Text;

namespace Claims.Contracts.Listing;

/// <summary>A plain-text table for terminals, aligned by display width (a Chinese character takes two columns).</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, string indent, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
                widths[i] = Math.Max(widths[i], Width(row[i]));
        }
        WriteRow(output, indent, headers, widths);
        WriteRow(output, indent, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
            WriteRow(output, indent, row, widths);
    }

    private static void WriteRow(TextWriter output, string indent, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Count; i++)
        {
            line.Append(cells[i]);
            if (i < cells.Count - 1)
                line.Append(' ', widths[i] - Width(cells[i]) + 2);
        }
        output.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>Columns a string takes on a terminal: East Asian wide and full-width characters count two.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += IsWide(c) ? 2 : 1;
        return width;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6');
}
