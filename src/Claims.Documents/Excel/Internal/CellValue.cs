namespace Claims.Documents.Excel.Internal;

internal enum CellType : byte
{
    Empty,
    Text,
    Number,
    Date,
    DateTime,
    Formula,
}

/// <summary>One typed cell, as both writers need it: text, a decimal number, a date, or a formula of ours.</summary>
internal readonly record struct CellValue(CellType Type, string? Text, decimal Number, DateTime When, string Format)
{
    public static readonly CellValue Empty = new(CellType.Empty, null, 0m, default, NumberFormats.General);

    public static CellValue OfText(string? text) =>
        text is null ? Empty : new(CellType.Text, text, 0m, default, NumberFormats.General);

    public static CellValue OfNumber(decimal? number, string format) =>
        number is { } n ? new(CellType.Number, null, n, default, format) : Empty;

    public static CellValue OfDate(DateOnly? date) =>
        date is { } d ? new(CellType.Date, null, 0m, d.ToDateTime(TimeOnly.MinValue), NumberFormats.Date) : Empty;

    public static CellValue OfDateTime(DateTime? when) =>
        when is { } w ? new(CellType.DateTime, null, 0m, w, NumberFormats.DateTime) : Empty;

    public static CellValue OfFormula(string formula, string format) =>
        new(CellType.Formula, formula, 0m, default, format);
}
