namespace Claims.Contracts.IncidentFiles.Tables;

internal enum FileKind
{
    Csv,
    Xlsx,
}

/// <summary>Tells an XLSX workbook from CSV text by the first bytes, and names the usual wrong files plainly.</summary>
internal static class FileKinds
{
    public static FileKind Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IsEmpty)
        {
            throw new IncidentFileException(fileName, null, "the file is empty (a header row is needed)");
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return FileKind.Xlsx;
        }

        if (Impostor(head) is { } what)
        {
            throw new IncidentFileException(fileName, null, $"neither CSV text nor an XLSX workbook: {what}");
        }

        return FileKind.Csv;
    }

    /// <summary>Latin text in UTF-16 has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        var zeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            zeros += (head[i] == 0) != (head[i + 1] == 0) ? 1 : 0;
        }

        return zeros * 10 >= head.Length / 2 * 9;
    }

    private static bool Starts(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);

    private static string? Impostor(ReadOnlySpan<byte> head)
    {
        if (Starts(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "it is an old .xls workbook or a password-protected file; save it as .xlsx (without a password) or CSV";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "it is a PDF document";
        }

        if (Starts(head, [0x89, 0x50, 0x4E, 0x47]) || Starts(head, [0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
        {
            return "it is an image";
        }

        if (Starts(head, [0x1F, 0x8B]) || head.StartsWith("Rar!"u8) || Starts(head, [0x37, 0x7A, 0xBC, 0xAF]))
        {
            return "it is a compressed archive";
        }

        var utf16 = Starts(head, [0xFF, 0xFE]) || Starts(head, [0xFE, 0xFF]) || Starts(head, [0x00, 0x00, 0xFE, 0xFF]);
        if (!utf16 && head.Contains((byte)0))
        {
            return LooksLikeUtf16(head)
                ? "it looks like UTF-16 text without a byte order mark; save it as CSV UTF-8"
                : "it holds binary data";
        }

        var text = Starts(head, [0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (!utf16 && first >= 0 && text[first] == '<')
        {
            return "it is an HTML or XML file (some systems export a web page named .xls); open it in Excel and save as .xlsx or CSV";
        }

        return null;
    }
}
