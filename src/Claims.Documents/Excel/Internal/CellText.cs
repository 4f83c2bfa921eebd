using System.Text;

namespace Claims.Documents.Excel.Internal;

/// <summary>Makes user text safe to put in a cell: only characters XML 1.0 allows, and no longer than Excel keeps.</summary>
internal static class CellText
{
    public const int MaxLength = 32_767;

    public static string Clean(string text)
    {
        if (text.Length <= MaxLength && IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes turns a lone surrogate into U+FFFD; control characters other than tab and line breaks go.
            if (rune.Value < 0x20 && rune.Value is not ('\t' or '\n' or '\r') || rune.Value is 0xFFFE or 0xFFFF)
            {
                continue;
            }

            if (builder.Length + rune.Utf16SequenceLength > MaxLength)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
