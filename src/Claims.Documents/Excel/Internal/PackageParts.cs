using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Claims.Documents.Excel.Internal;

/// <summary>
/// The package plumbing around the worksheets: relationships, content types and document properties.
/// They are written straight into a zip opened for writing only, because the SDK's own package (System.IO.Packaging
/// in update mode) keeps every part in memory until it is closed: about 1.4 GB for a million rows.
/// </summary>
internal static class PackageParts
{
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    internal const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string TypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    public static XmlWriter Open(ZipArchive zip, string entryName) =>
        XmlWriter.Create(zip.CreateEntry(entryName, CompressionLevel.Fastest).Open(), Settings);

    public static void WriteRelationships(ZipArchive zip, IReadOnlyList<WrittenPart> parts)
    {
        using (var xml = Open(zip, "_rels/.rels"))
        {
            xml.WriteStartElement("Relationships", RelNs);
            Relationship(xml, "rId1", OfficeRel + "/officeDocument", "xl/workbook.xml");
            Relationship(xml, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
            xml.WriteEndElement();
        }

        using (var xml = Open(zip, "xl/_rels/workbook.xml.rels"))
        {
            xml.WriteStartElement("Relationships", RelNs);
            foreach (var part in parts)
            {
                Relationship(xml, RelationshipId(part), OfficeRel + "/worksheet", $"worksheets/sheet{part.Number}.xml");
            }

            Relationship(xml, "rIdStyles", OfficeRel + "/styles", "styles.xml");
            xml.WriteEndElement();
        }
    }

    public static void WriteContentTypes(ZipArchive zip, IReadOnlyList<WrittenPart> parts)
    {
        using var xml = Open(zip, "[Content_Types].xml");
        xml.WriteStartElement("Types", TypesNs);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        foreach (var part in parts)
        {
            Override(xml, "/" + part.EntryName, SheetContentType);
        }

        xml.WriteEndElement();
    }

    public static void WriteCoreProperties(ZipArchive zip, WorkbookModel workbook)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        using var xml = Open(zip, "docProps/core.xml");
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        if (workbook.Title is { } title)
        {
            xml.WriteElementString("dc", "title", dc, CellText.Clean(title));
        }

        if (workbook.Author is { } author)
        {
            xml.WriteElementString("dc", "creator", dc, CellText.Clean(author));
        }

        if (workbook.Created is { } created)
        {
            xml.WriteStartElement("dcterms", "created", dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    internal static string RelationshipId(WrittenPart part) => "rId" + part.Number.ToString(CultureInfo.InvariantCulture);

    internal static void WriteElement(ZipArchive zip, string entryName, OpenXmlElement element)
    {
        using var xml = Open(zip, entryName);
        element.WriteTo(xml);
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelNs);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", TypesNs);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string partName, string contentType)
    {
        xml.WriteStartElement("Override", TypesNs);
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }
}
