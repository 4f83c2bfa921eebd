namespace Claims.Documents.Excel.Internal;

/// <summary>A worksheet part already in the package: its sheet name, number and the range its autofilter covers.</summary>
internal sealed record WrittenPart(string Name, int Number, string? FilterRange, bool PrintTitles = false)
{
    public string EntryName => $"xl/worksheets/sheet{Number}.xml";
}
