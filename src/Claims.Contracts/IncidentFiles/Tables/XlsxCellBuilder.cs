using System.Globalization;
using System.Text;
using System.Xml;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>Gathers one <c>&lt;c&gt;</c> element of a sheet as it streams by: its attributes, value and inline text.</summary>
internal sealed class XlsxCellBuilder
{
    private readonly StringBuilder value = new();
    private readonly RichText inline = new();
    private bool hasValue;
    private bool inValue;
    private bool inInline;
    private string? type;
    private uint style;

    public string? Reference { get; private set; }

    public void Start(XmlReader reader)
    {
        Reference = reader.GetAttribute("r");
        type = reader.GetAttribute("t");
        style = uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        value.Clear();
        inline.Clear();
        hasValue = inValue = inInline = false;
    }

    /// <summary>Takes in a node read inside the cell.</summary>
    public void Accept(XmlReader reader)
    {
        var element = SheetXml.Element(reader);
        if (reader.NodeType == XmlNodeType.Element && element == "v")
        {
            hasValue = true;
            inValue = !reader.IsEmptyElement;
        }
        else if (reader.NodeType == XmlNodeType.EndElement && element == "v")
        {
            inValue = false;
        }
        else if (element == "is")
        {
            inInline = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
        }
        else if (inValue && SheetXml.IsText(reader))
        {
            value.Append(reader.Value);
        }
        else if (inInline)
        {
            inline.Accept(reader);
        }
    }

    public TableCell Build(XlsxCells cells, int row) =>
        cells.ToCell(row, type, hasValue ? value.ToString() : null, inline.ToString(), style);
}
