using System.IO.Compression;
using System.Text;
using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Excel;

/// <summary>
/// Writes a <see cref="WorkbookModel"/> as an .xlsx. Rows stream from each sheet's source straight into the
/// zip; memory stays flat whatever the row count. Writes to the stream are synchronous: for an HTTP response
/// write to a temporary file first (or allow synchronous IO).
/// </summary>
public static class XlsxWriter
{
    public static async Task WriteAsync(WorkbookModel workbook, Stream output, XlsxWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        options ??= XlsxWriterOptions.Default;
        if (options.MaxRowsPerSheet < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A sheet needs room for the header and at least one row.");
        }

        if (workbook.Sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(workbook));
        }

        var styles = new StyleRegistry();
        var directory = new SheetDirectory();
        var parts = new List<WrittenPart>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var sheet in workbook.Sheets)
            {
                var written = await SheetWriter.WriteAsync(zip, sheet, styles, directory, parts.Count + 1, taken, options, cancellationToken);
                parts.AddRange(written);
            }

            WorkbookXml.WriteStyles(zip, styles);
            WorkbookXml.WriteWorkbook(zip, parts);
            PackageParts.WriteRelationships(zip, parts);
            PackageParts.WriteContentTypes(zip, parts);
            PackageParts.WriteCoreProperties(zip, workbook);
        }

        await output.FlushAsync(cancellationToken);
    }
}
