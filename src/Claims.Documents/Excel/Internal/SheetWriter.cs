using System.IO.Compression;

namespace Claims.Documents.Excel.Internal;

/// <summary>Streams one sheet model into one or more worksheet parts, starting a new part at the row limit.</summary>
internal static class SheetWriter
{
    public static async Task<IReadOnlyList<WrittenPart>> WriteAsync(
        ZipArchive zip, SheetModel sheet, StyleRegistry styles, SheetDirectory directory, int firstNumber,
        ISet<string> taken, XlsxWriterOptions options, CancellationToken cancellationToken)
    {
        var specs = sheet.Specs;
        if (specs.Count == 0)
        {
            throw new ArgumentException($"Sheet '{sheet.Name}' has no columns.", nameof(sheet));
        }

        var letters = ColumnLetters.ByHeader(specs);
        var formulaRow = new FormulaRow(directory, letters);
        var parts = new List<WrittenPart>();
        var cells = new CellValue[specs.Count];

        await using var rows = sheet.OpenRows(cancellationToken);
        var widths = ColumnWidths.Measure(specs, await rows.SampleAsync(options.WidthSampleRows));

        var part = Open(zip, sheet, parts, firstNumber, taken, specs, widths, styles);
        try
        {
            while (await rows.MoveNextAsync())
            {
                if (part.Writer.Row >= options.MaxRowsPerSheet)
                {
                    Close(part, sheet, parts);
                    part = Open(zip, sheet, parts, firstNumber, taken, specs, widths, styles);
                }

                formulaRow.Number = part.Writer.Row + 1;
                rows.Evaluate(cells, formulaRow);
                part.Writer.WriteRow(cells);
            }

            Close(part, sheet, parts);
        }
        finally
        {
            part.Dispose();
        }

        directory.Add(sheet.Name, parts.Select(p => p.Name).ToList(), letters);
        return parts;
    }

    private static OpenPart Open(
        ZipArchive zip, SheetModel sheet, List<WrittenPart> parts, int firstNumber, ISet<string> taken,
        IReadOnlyList<ColumnSpec> specs, double[] widths, StyleRegistry styles)
    {
        var name = SheetNames.Unique(sheet.Name, parts.Count + 1, taken);
        var number = firstNumber + parts.Count;
        var stream = zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Fastest).Open();
        return new OpenPart(name, number, stream, new WorksheetXmlWriter(stream, specs, widths, styles, sheet.FreezeHeader, sheet.PrintAsTable));
    }

    private static void Close(OpenPart part, SheetModel sheet, List<WrittenPart> parts)
    {
        part.Writer.Finish(sheet.AutoFilter);
        parts.Add(new WrittenPart(part.Name, part.Number, sheet.AutoFilter ? part.Writer.FilterRange : null, sheet.PrintAsTable));
        part.Dispose();
    }

    private sealed record OpenPart(string Name, int Number, Stream Stream, WorksheetXmlWriter Writer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Writer.Dispose();
            Stream.Dispose();
        }
    }
}
