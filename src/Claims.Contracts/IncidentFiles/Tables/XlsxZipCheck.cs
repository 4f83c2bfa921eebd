using System.IO.Compression;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>
/// Refuses a workbook whose zip directory announces a bomb before anything is unpacked. The streaming bound in
/// <see cref="XlsxTableReader"/> still stops a part whose directory lies, but only after inflating up to it (seconds).
/// </summary>
internal static class XlsxZipCheck
{
    // Real sheet XML packs 5-30 times (measured on exports of repetitive rows); a bomb of blanks packs ~1,000 times.
    private const long SuspiciousRatio = 200;
    private const long SuspiciousAbove = 20_000_000;

    public static void Check(Stream stream, string fileName, long maxBytesInPart)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                var packed = Math.Max(entry.CompressedLength, 1);
                if (entry.Length > maxBytesInPart || (entry.Length > SuspiciousAbove && entry.Length / packed > SuspiciousRatio))
                {
                    throw new IncidentFileException(fileName, null,
                        $"the workbook part {entry.FullName} unpacks from {entry.CompressedLength:N0} to {entry.Length:N0} bytes"
                        + " (a damaged file or a zip bomb); save the sheet again from Excel or WPS, or import it as CSV");
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip at all: the Open XML reader below says so in its own words.
        }
        finally
        {
            stream.Position = start;
        }
    }
}
