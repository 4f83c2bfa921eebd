namespace Claims.Documents.Excel.Internal;

/// <summary>The sheets written so far: which parts each became and where its columns are, for formulas that refer to them.</summary>
internal sealed class SheetDirectory
{
    private readonly Dictionary<string, (IReadOnlyList<string> Parts, IReadOnlyDictionary<string, string> Letters)> _sheets =
        new(StringComparer.OrdinalIgnoreCase);

    public void Add(string modelName, IReadOnlyList<string> partNames, IReadOnlyDictionary<string, string> letters) =>
        _sheets[modelName] = (partNames, letters);

    public IReadOnlyList<string> ColumnRanges(string sheet, string header)
    {
        if (!_sheets.TryGetValue(sheet, out var written))
        {
            throw new InvalidOperationException(
                $"A formula refers to sheet '{sheet}', which is not written before it; put that sheet earlier in the workbook.");
        }

        if (!written.Letters.TryGetValue(header, out var letter))
        {
            throw new ArgumentException($"Sheet '{sheet}' has no column '{header}'.", nameof(header));
        }

        return written.Parts.Select(part => $"{SheetNames.Quote(part)}!${letter}:${letter}").ToList();
    }
}
