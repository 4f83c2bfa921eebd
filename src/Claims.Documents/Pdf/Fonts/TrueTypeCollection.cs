using System.Buffers.Binary;
using System.Text;

namespace Claims.Documents.Pdf.Fonts;

/// <summary>
/// Reads TrueType collections (.ttc), which PDFsharp cannot load, and rebuilds one face as a standalone .ttf:
/// the face's table directory with its tables copied after it, offsets renumbered and checksums recomputed.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == TtcTag;

    public static int FaceCount(ReadOnlySpan<byte> font) =>
        IsCollection(font) ? checked((int)BinaryPrimitives.ReadUInt32BigEndian(font[8..])) : 1;

    /// <summary>The face as a standalone font file; a plain .ttf/.otf comes back unchanged for face 0.</summary>
    public static byte[] ExtractFace(byte[] font, int face)
    {
        if (!IsCollection(font))
        {
            return face == 0 ? font : throw new ArgumentOutOfRangeException(nameof(face), "A single font file has only face 0.");
        }

        var tables = Tables(font, face);
        var headerLength = 12 + (16 * tables.Count);
        var output = new byte[headerLength + tables.Sum(t => Pad4(t.Length))];
        var offsetTable = FaceOffset(font, face);
        var numTables = (ushort)tables.Count;
        var entrySelector = (ushort)Math.Floor(Math.Log2(numTables));
        var searchRange = (ushort)(16 * (1 << entrySelector));
        BinaryPrimitives.WriteUInt32BigEndian(output, BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offsetTable)));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), numTables);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((numTables * 16) - searchRange));

        var position = headerLength;
        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var data = output.AsSpan(position, table.Length);
            font.AsSpan(table.Offset, table.Length).CopyTo(data);
            if (table.Tag == "head" && table.Length >= 12)
            {
                headOffset = position;
                BinaryPrimitives.WriteUInt32BigEndian(data[8..], 0); // checksumAdjustment is computed last
            }

            var record = output.AsSpan(12 + (16 * i));
            Encoding.ASCII.GetBytes(table.Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(output.AsSpan(position, Pad4(table.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            position += Pad4(table.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        }

        return output;
    }

    /// <summary>The face's family name (name ID 1), preferring the English Windows entry.</summary>
    public static string? FamilyName(byte[] font, int face)
    {
        var name = Tables(font, face).FirstOrDefault(t => t.Tag == "name");
        if (name.Tag is null)
        {
            return null;
        }

        var table = font.AsSpan(name.Offset, name.Length);
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]), strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var record = table[(6 + (12 * i))..];
            var (platform, language, nameId) = (Read16(record), Read16(record[4..]), Read16(record[6..]));
            var (length, offset) = (Read16(record[8..]), Read16(record[10..]));
            if (nameId != 1 || strings + offset + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(strings + offset, length);
            if (platform == 3)
            {
                var text = Encoding.BigEndianUnicode.GetString(bytes);
                if (language == 0x0409)
                {
                    return text;
                }

                fallback ??= text;
            }
            else if (platform == 1)
            {
                fallback ??= Encoding.Latin1.GetString(bytes);
            }
        }

        return fallback;
    }

    private readonly record struct Table(string Tag, int Offset, int Length);

    private static int FaceOffset(byte[] font, int face)
    {
        if (!IsCollection(font))
        {
            return 0;
        }

        var count = FaceCount(font);
        ArgumentOutOfRangeException.ThrowIfNegative(face);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(face, count);
        return checked((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (4 * face))));
    }

    private static List<Table> Tables(byte[] font, int face)
    {
        var start = FaceOffset(font, face);
        var count = Read16(font.AsSpan(start + 4));
        var tables = new List<Table>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(start + 12 + (16 * i));
            var table = new Table(
                Encoding.ASCII.GetString(record[..4]),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])),
                checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
            if (table.Offset < 0 || table.Length < 0 || (long)table.Offset + table.Length > font.Length)
            {
                throw new InvalidDataException($"The font's '{table.Tag}' table lies outside the file.");
            }

            tables.Add(table);
        }

        // The directory must be sorted by tag (ordinal); collections usually are already.
        tables.Sort((a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        return tables;
    }

    private static int Read16(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt16BigEndian(bytes);

    private static int Pad4(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }
}
