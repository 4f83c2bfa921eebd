using System.Text;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>The text encoding of a CSV file, and how many byte-order-mark bytes precede the text.</summary>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength);

/// <summary>
/// Finds a CSV file's encoding the way a user expects: a byte order mark wins; otherwise UTF-8 if every byte of
/// the file is valid UTF-8, else GB18030 (a superset of GBK, what Chinese Excel writes). Every encoding here throws
/// on bad bytes: replacing them silently would corrupt waybill numbers and names without anyone noticing.
/// </summary>
internal static class TextEncodings
{
    private const int ChunkSize = 64 * 1024;

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Encoding Gb18030 = LoadGb18030();

    public static DetectedEncoding Detect(Stream stream, long start, string fileName)
    {
        stream.Position = start;
        Span<byte> head = stackalloc byte[4];
        var count = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..count];

        if (ByteOrderMark(head) is { } bom)
        {
            if (FirstBadLine(stream, start + bom.PreambleLength, bom.Encoding) is { } line)
            {
                throw new IncidentFileException(fileName, line,
                    $"bytes that are not valid {Name(bom.Encoding)} although the file starts with its byte order mark");
            }

            return bom;
        }

        var utf8Bad = FirstBadLine(stream, start, Utf8);
        if (utf8Bad is null)
        {
            return new DetectedEncoding(Utf8, 0);
        }

        var gbBad = FirstBadLine(stream, start, Gb18030);
        if (gbBad is null)
        {
            return new DetectedEncoding(Gb18030, 0);
        }

        // The encoding that read further is the likelier one, so its stopping point is where the user should look.
        throw new IncidentFileException(fileName, Math.Max(utf8Bad.Value, gbBad.Value),
            "bytes that are neither UTF-8 nor GBK/GB18030");
    }

    private static string Name(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        12000 => "UTF-32 LE",
        12001 => "UTF-32 BE",
        _ => "UTF-8",
    };

    private static DetectedEncoding? ByteOrderMark(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new(Utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00] => new(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF] => new(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => new(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => new(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => null,
    };

    /// <summary>
    /// Decodes the whole file line by line (bounded memory) and returns the first line holding bytes the encoding
    /// rejects, or null when all of it is valid. A line feed is never part of a multi-byte sequence in these
    /// encodings, so splitting there is safe and gives the exact line.
    /// </summary>
    private static int? FirstBadLine(Stream stream, long start, Encoding encoding)
    {
        stream.Position = start;
        var unit = encoding switch
        {
            UnicodeEncoding => 2,
            UTF32Encoding => 4,
            _ => 1,
        };
        var bigEndian = encoding.CodePage is 1201 or 12001;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize) + 16];
        var line = 1;
        while (true)
        {
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            var last = read < bytes.Length;
            var segmentStart = 0;
            for (var i = 0; i + unit <= read; i += unit)
            {
                if (IsLineFeed(bytes, i, unit, bigEndian))
                {
                    if (!Decodes(decoder, bytes, segmentStart, i + unit - segmentStart, chars, flush: false))
                    {
                        return line;
                    }

                    line++;
                    segmentStart = i + unit;
                }
            }

            if (!Decodes(decoder, bytes, segmentStart, read - segmentStart, chars, flush: last))
            {
                return line;
            }

            if (last)
            {
                return null;
            }
        }
    }

    private static bool IsLineFeed(byte[] b, int i, int unit, bool bigEndian) => unit switch
    {
        1 => b[i] == 0x0A,
        2 => bigEndian ? b[i] == 0 && b[i + 1] == 0x0A : b[i] == 0x0A && b[i + 1] == 0,
        _ => bigEndian
            ? b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] == 0x0A
            : b[i] == 0x0A && b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] == 0,
    };

    private static bool Decodes(Decoder decoder, byte[] bytes, int index, int count, char[] chars, bool flush)
    {
        try
        {
            var completed = false;
            while (!completed)
            {
                decoder.Convert(bytes, index, count, chars, 0, chars.Length, flush, out var used, out _, out completed);
                index += used;
                count -= used;
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding LoadGb18030()
    {
        // GB18030 lives in the code-pages provider (part of the shared framework), not in the default set.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
