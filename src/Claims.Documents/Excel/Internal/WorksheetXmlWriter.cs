using System.Globalization;
using System.Text;

namespace Claims.Documents.Excel.Internal;

/// <summary>
/// Writes one worksheet part row by row (SAX style), as UTF-8 straight into the zip entry. Measured on a million
/// cells (before compression): System.Xml's XmlWriter takes about 3 × as long, the SDK's OpenXmlWriter about 10 ×.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    private readonly Utf8XmlBuffer _xml;
    private readonly byte[][] _letters;
    private readonly string _lastLetter;
    private readonly StyleRegistry _styles;
    private readonly string?[] _lastFormat;
    private readonly uint[] _lastStyle;

    private readonly bool _printAsTable;

    public WorksheetXmlWriter(
        Stream output, IReadOnlyList<ColumnSpec> specs, IReadOnlyList<double> widths, StyleRegistry styles, bool freezeHeader, bool printAsTable = false)
    {
        _printAsTable = printAsTable;
        _xml = new Utf8XmlBuffer(output);
        _letters = specs.Select((_, i) => Encoding.ASCII.GetBytes(ColumnLetters.Of(i))).ToArray();
        _lastLetter = ColumnLetters.Of(specs.Count - 1);
        _styles = styles;
        _lastFormat = new string?[specs.Count];
        _lastStyle = new uint[specs.Count];

        _xml.Raw("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""u8);
        if (printAsTable)
            _xml.Raw("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"""u8);
        _xml.Raw(freezeHeader
            ? """<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"""u8
            : """<sheetViews><sheetView workbookViewId="0"/></sheetViews>"""u8);
        _xml.Raw("""<sheetFormatPr defaultRowHeight="15"/><cols>"""u8);
        for (var i = 0; i < widths.Count; i++)
        {
            _xml.Raw("<col min=\""u8);
            _xml.Number(i + 1);
            _xml.Raw("\" max=\""u8);
            _xml.Number(i + 1);
            _xml.Raw("\" width=\""u8);
            _xml.Escaped(widths[i].ToString("0.##", CultureInfo.InvariantCulture));
            _xml.Raw("\" customWidth=\"1\"/>"u8);
        }

        _xml.Raw("</cols><sheetData>"u8);
        WriteHeader(specs);
    }

    /// <summary>The last row written, header included.</summary>
    public int Row { get; private set; }

    public string FilterRange => $"A1:{_lastLetter}{Row.ToString(CultureInfo.InvariantCulture)}";

    public void WriteRow(ReadOnlySpan<CellValue> cells)
    {
        Row++;
        _xml.Raw("<row r=\""u8);
        _xml.Number(Row);
        _xml.Raw("\">"u8);
        for (var i = 0; i < cells.Length; i++)
        {
            WriteCell(i, cells[i]);
        }

        _xml.Raw("</row>"u8);
    }

    /// <summary>Closes the sheet data; the autofilter covers the header and every row written.</summary>
    public void Finish(bool autoFilter)
    {
        _xml.Raw("</sheetData>"u8);
        if (autoFilter)
        {
            _xml.Raw("<autoFilter ref=\""u8);
            _xml.Escaped(FilterRange);
            _xml.Raw("\"/>"u8);
        }

        if (_printAsTable)
        {
            // Landscape A4, every column on the page's width, as many pages down as it takes; the footer numbers them.
            _xml.Raw("""<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>"""u8);
        }

        _xml.Raw("</worksheet>"u8);
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void WriteHeader(IReadOnlyList<ColumnSpec> specs)
    {
        Row++;
        _xml.Raw("<row r=\"1\">"u8);
        for (var i = 0; i < specs.Count; i++)
        {
            StartCell(i, StyleRegistry.HeaderStyle);
            InlineString(CellText.Clean(specs[i].Header));
        }

        _xml.Raw("</row>"u8);
    }

    private void WriteCell(int column, in CellValue cell)
    {
        switch (cell.Type)
        {
            case CellType.Text:
                // User text is always an inline string: even "=1+2" stays text and never becomes a formula.
                StartCell(column, 0);
                InlineString(CellText.Clean(cell.Text!));
                break;
            case CellType.Number:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.Raw("><v>"u8);
                _xml.Number(cell.Number);
                _xml.Raw("</v></c>"u8);
                break;
            case CellType.Date or CellType.DateTime:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.Raw("><v>"u8);
                _xml.Number(ExcelSerial.Of(cell.When));
                _xml.Raw("</v></c>"u8);
                break;
            case CellType.Formula:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.Raw("><f>"u8);
                _xml.Escaped(cell.Text!);
                _xml.Raw("</f></c>"u8);
                break;
        }
    }

    // Leaves the start tag open: the caller adds t="..." or closes it.
    private void StartCell(int column, uint style)
    {
        _xml.Raw("<c r=\""u8);
        _xml.Raw(_letters[column]);
        _xml.Number(Row);
        _xml.Raw("\""u8);
        if (style != 0)
        {
            _xml.Raw(" s=\""u8);
            _xml.Number(style);
            _xml.Raw("\""u8);
        }
    }

    private void InlineString(string text)
    {
        _xml.Raw(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8
            : " t=\"inlineStr\"><is><t>"u8);
        _xml.Escaped(text);
        _xml.Raw("</t></is></c>"u8);
    }

    // Cells of a column usually share a format, so remember the last one instead of hashing every cell's format string.
    private uint StyleOf(int column, string format)
    {
        if (!ReferenceEquals(_lastFormat[column], format))
        {
            _lastFormat[column] = format;
            _lastStyle[column] = _styles.For(format);
        }

        return _lastStyle[column];
    }
}
