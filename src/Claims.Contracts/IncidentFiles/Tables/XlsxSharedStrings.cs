using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>The workbook's shared string table, read as a stream of elements (never as one document tree).</summary>
internal static class XlsxSharedStrings
{
    // The table must be held for lookups while the sheet streams; this bounds what a hostile file can make us hold.
    internal const long MaxCharacters = 200_000_000;

    public static IReadOnlyList<string> Load(SharedStringTablePart? part, string fileName)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new RichText();
        long total = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text.Clear();
                    continue;
                }

                var value = text.ToString();
                total += value.Length;
                if (total > MaxCharacters)
                {
                    throw new IncidentFileException(fileName, null,
                        $"the workbook's shared text is larger than {MaxCharacters:N0} characters");
                }

                strings.Add(value);
            }
            else
            {
                text.Accept(reader);
            }
        }

        return strings;
    }
}

/// <summary>
/// Collects the visible text of a string item (plain or rich-text runs), leaving out phonetic guides (<c>rPh</c>),
/// which Japanese and Chinese Excel store next to the text but do not show in the cell.
/// </summary>
internal sealed class RichText
{
    private readonly StringBuilder text = new();
    private bool inPhonetic;

    public void Clear()
    {
        text.Clear();
        inPhonetic = false;
    }

    public void Accept(OpenXmlReader reader)
    {
        if (reader.ElementType == typeof(PhoneticRun))
        {
            inPhonetic = reader.IsStartElement;
        }
        else if (reader.ElementType == typeof(Text) && reader.IsStartElement && !inPhonetic)
        {
            text.Append(reader.GetText());
        }
    }

    public override string ToString() => text.ToString();
}
