using System.Globalization;
using System.Text;
using System.Xml;

namespace Claims.Documents.Excel.Internal;

/// <summary>
/// Writes one worksheet part row by row with a plain XmlWriter (SAX style). The Open XML SDK's OpenXmlWriter
/// does the same job about 2.5 times slower per cell, which alone would break the "xlsx within 4 × CSV" goal.
/// </summary>
internal sealed class WorksheetXmlWriter : IDisposable
{
    private const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        CheckCharacters = false, // CellText.Clean already removed what XML forbids
        CloseOutput = false,
    };

    private readonly XmlWriter _xml;
    private readonly string[] _letters;
    private readonly StyleRegistry _styles;
    private readonly string?[] _lastFormat;
    private readonly uint[] _lastStyle;

    public WorksheetXmlWriter(Stream output, IReadOnlyList<ColumnSpec> specs, IReadOnlyList<double> widths, StyleRegistry styles, bool freezeHeader)
    {
        _xml = XmlWriter.Create(output, Settings);
        _letters = specs.Select((_, i) => ColumnLetters.Of(i)).ToArray();
        _styles = styles;
        _lastFormat = new string?[specs.Count];
        _lastStyle = new uint[specs.Count];

        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", Ns);
        WriteSheetView(freezeHeader);
        _xml.WriteStartElement("sheetFormatPr", Ns);
        _xml.WriteAttributeString("defaultRowHeight", "15");
        _xml.WriteEndElement();
        WriteColumns(widths);
        _xml.WriteStartElement("sheetData", Ns);
        WriteHeader(specs);
    }

    /// <summary>The last row written, header included.</summary>
    public int Row { get; private set; }

    public int ColumnCount => _letters.Length;

    public void WriteRow(ReadOnlySpan<CellValue> cells)
    {
        Row++;
        _xml.WriteStartElement("row", Ns);
        _xml.WriteStartAttribute("r");
        _xml.WriteValue(Row);
        _xml.WriteEndAttribute();
        for (var i = 0; i < cells.Length; i++)
        {
            WriteCell(i, cells[i]);
        }

        _xml.WriteEndElement();
    }

    /// <summary>Closes the sheet data; the autofilter covers the header and every row written.</summary>
    public void Finish(bool autoFilter)
    {
        _xml.WriteEndElement(); // sheetData
        if (autoFilter)
        {
            _xml.WriteStartElement("autoFilter", Ns);
            _xml.WriteAttributeString("ref", FilterRange);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    public string FilterRange => $"A1:{_letters[^1]}{Row.ToString(CultureInfo.InvariantCulture)}";

    public void Dispose() => _xml.Dispose();

    private void WriteHeader(IReadOnlyList<ColumnSpec> specs)
    {
        Row++;
        _xml.WriteStartElement("row", Ns);
        _xml.WriteAttributeString("r", "1");
        for (var i = 0; i < specs.Count; i++)
        {
            StartCell(i, StyleRegistry.HeaderStyle);
            WriteInlineString(CellText.Clean(specs[i].Header));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    private void WriteCell(int column, in CellValue cell)
    {
        switch (cell.Type)
        {
            case CellType.Empty:
                return;
            case CellType.Text:
                // User text is always an inline string: even "=1+2" stays text and never becomes a formula.
                StartCell(column, 0);
                WriteInlineString(CellText.Clean(cell.Text!));
                break;
            case CellType.Number:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.WriteStartElement("v", Ns);
                _xml.WriteValue(cell.Number); // decimal, written in invariant form; never through double
                _xml.WriteEndElement();
                break;
            case CellType.Date or CellType.DateTime:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.WriteStartElement("v", Ns);
                _xml.WriteValue(ExcelSerial.Of(cell.When));
                _xml.WriteEndElement();
                break;
            case CellType.Formula:
                StartCell(column, StyleOf(column, cell.Format));
                _xml.WriteElementString("f", Ns, cell.Text);
                break;
        }

        _xml.WriteEndElement();
    }

    private void StartCell(int column, uint style)
    {
        _xml.WriteStartElement("c", Ns);
        _xml.WriteStartAttribute("r");
        _xml.WriteString(_letters[column]);
        _xml.WriteValue(Row);
        _xml.WriteEndAttribute();
        if (style != 0)
        {
            _xml.WriteStartAttribute("s");
            _xml.WriteValue(style);
            _xml.WriteEndAttribute();
        }
    }

    private void WriteInlineString(string text)
    {
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is", Ns);
        _xml.WriteStartElement("t", Ns);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            _xml.WriteAttributeString("xml", "space", XmlNs, "preserve");
        }

        _xml.WriteString(text);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
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

    private void WriteSheetView(bool freezeHeader)
    {
        _xml.WriteStartElement("sheetViews", Ns);
        _xml.WriteStartElement("sheetView", Ns);
        _xml.WriteAttributeString("workbookViewId", "0");
        if (freezeHeader)
        {
            _xml.WriteStartElement("pane", Ns);
            _xml.WriteAttributeString("ySplit", "1");
            _xml.WriteAttributeString("topLeftCell", "A2");
            _xml.WriteAttributeString("activePane", "bottomLeft");
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
            _xml.WriteStartElement("selection", Ns);
            _xml.WriteAttributeString("pane", "bottomLeft");
            _xml.WriteAttributeString("activeCell", "A2");
            _xml.WriteAttributeString("sqref", "A2");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void WriteColumns(IReadOnlyList<double> widths)
    {
        _xml.WriteStartElement("cols", Ns);
        for (var i = 0; i < widths.Count; i++)
        {
            _xml.WriteStartElement("col", Ns);
            _xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("width", widths[i].ToString("0.##", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }
}
