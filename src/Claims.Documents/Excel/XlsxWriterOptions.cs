namespace Claims.Documents.Excel;

public sealed record XlsxWriterOptions
{
    /// <summary>Excel's limit, header row included.</summary>
    public const int ExcelMaxRows = 1_048_576;

    public static readonly XlsxWriterOptions Default = new();

    /// <summary>Rows per worksheet, header included; a longer sheet continues in "Name (2)", "Name (3)", ...</summary>
    public int MaxRowsPerSheet { get; init; } = ExcelMaxRows;

    /// <summary>How many rows are read ahead to size the columns.</summary>
    public int WidthSampleRows { get; init; } = 200;
}
