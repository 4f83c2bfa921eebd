using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Documents.Excel.Internal;

/// <summary>
/// Hands out cell style indices as number formats turn up while rows stream, then writes them all as the one
/// stylesheet part. Index 0 is the default, 1 the header; every number format after that gets its own.
/// </summary>
internal sealed class StyleRegistry
{
    public const uint HeaderStyle = 1;
    private const uint FirstCustomFormatId = 164;
    private readonly Dictionary<string, uint> _styles = new(StringComparer.Ordinal);
    private readonly List<string> _formats = [];

    public uint For(string format)
    {
        if (format == NumberFormats.General)
        {
            return 0;
        }

        if (!_styles.TryGetValue(format, out var style))
        {
            _formats.Add(format);
            style = (uint)(_formats.Count + 1);
            _styles.Add(format, style);
        }

        return style;
    }

    public Stylesheet Build()
    {
        var formats = _formats.Select((code, i) => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormatId + (uint)i,
            FormatCode = code,
        });
        var cellFormats = new List<CellFormat>
        {
            new() { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new()
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true,
            },
        };
        cellFormats.AddRange(_formats.Select((_, i) => new CellFormat
        {
            NumberFormatId = FirstCustomFormatId + (uint)i, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0,
            ApplyNumberFormat = true,
        }));

        var stylesheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(formats) { Count = (uint)_formats.Count });
        }

        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                    new BottomBorder(new Color { Rgb = "FF808080" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(cellFormats) { Count = (uint)cellFormats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
