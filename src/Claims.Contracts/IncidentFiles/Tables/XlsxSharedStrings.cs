using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Claims.Contracts.IncidentFiles.Tables;

/// <summary>The workbook's shared string table, read as a stream of nodes (never as one document tree).</summary>
internal static class XlsxSharedStrings
{
    // The table must be held for lookups while the sheet streams; this bounds what a hostile file can make us hold.
    internal const long MaxCharacters = 200_000_000;

    public static IReadOnlyList<string> Load(SharedStringTablePart? part, string fileName, long maxCharactersInPart)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new RichText();
        long total = 0;
        using var reader = SheetXml.Open(part, maxCharactersInPart);
        while (reader.Read())
        {
            var isItem = SheetXml.Element(reader) == "si";
            if (isItem && reader.NodeType == XmlNodeType.Element)
            {
                text.Clear();
                if (reader.IsEmptyElement)
                {
                    strings.Add(string.Empty);
                }
            }
            else if (isItem && reader.NodeType == XmlNodeType.EndElement)
            {
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
