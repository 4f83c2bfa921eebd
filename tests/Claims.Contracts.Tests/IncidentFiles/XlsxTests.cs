using System.IO.Compression;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class XlsxTests : IDisposable
{
    private static readonly object?[] EnglishHeader =
        ["waybill", "carrier", "incident", "direction", "shippedOn", "incidentOn", "goodsValue", "freight", "daysLate", "note"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private List<IncidentRow> Write(params (uint Row, object?[] Cells)[] rows)
    {
        var path = folder.File("incidents.xlsx");
        XlsxFile.Write(path, rows);
        return IncidentFileReader.Read(path, Carriers.Resolve).ToList();
    }

    [Fact]
    public void a_workbook_is_read_with_shared_text_numbers_and_date_cells_under_sheet_row_numbers()
    {
        var rows = Write(
            (1, EnglishHeader),
            (2, ["SF100", "顺丰速运", "damaged", "return", new DateOnly(2026, 3, 2), new CustomDate(new DateOnly(2026, 3, 4)), 500m, 12.5m, null, new Inline("角压坏")]),
            (5, ["SF101", "SF", "late", null, new DateOnly(2026, 3, 9), null, 0, 18, 2, null]));

        Assert.Equal([2, 5], rows.Select(r => r.Line));
        Assert.Equal(
            new Incident("SF100", "SF", IncidentType.Damaged, Direction.Return, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4),
                GoodsValue: 500m, Freight: 12.5m, Note: "角压坏", Missing: MissingFacts.WeightKg | MissingFacts.DaysLate),
            rows[0].Incident);
        Assert.Equal((new DateOnly(2026, 3, 9), 18m, 2), (rows[1].Incident!.ShippedOn, rows[1].Incident!.Freight, rows[1].Incident!.DaysLate));
    }

    [Fact]
    public void a_plain_number_in_a_date_column_is_read_as_an_excel_serial_date()
    {
        var rows = Write(
            (1, ["运单号", "快递公司", "异常类型", "发货日期"]),
            (2, ["W1", "JD", "丢件", new RawNumber("46087")]));

        Assert.Equal(new DateOnly(2026, 3, 6), Assert.Single(rows).Incident!.ShippedOn);
    }

    [Fact]
    public void a_workbook_in_the_1904_date_system_gives_the_same_dates_excel_shows()
    {
        var path = folder.File("mac.xlsx");
        XlsxFile.Write(path, [(1, ["waybill", "carrier", "incident", "shippedOn"]), (2, ["W1", "SF", "lost", new RawNumber("44561")])], date1904: true);

        var rows = IncidentFileReader.Read(path, Carriers.Resolve).ToList();

        Assert.Equal(new DateOnly(1904, 1, 1).AddDays(44561), Assert.Single(rows).Incident!.ShippedOn);
    }

    [Fact]
    public void numbers_read_as_excel_shows_them_so_waybills_keep_their_digits_and_sums_their_cents()
    {
        var rows = Write(
            (1, ["waybill", "carrier", "incident", "shippedOn", "goodsValue", "freight"]),
            (2, [new RawNumber("773012345678901"), "ZTO", "lost", new DateOnly(2026, 1, 2), new RawNumber("0.30000000000000004"), new RawNumber("1.2E+1")]));

        var incident = Assert.Single(rows).Incident!;
        Assert.Equal(("773012345678901", 0.3m, 12m), (incident.Waybill, incident.GoodsValue, incident.Freight));
    }

    [Fact]
    public void the_first_sheet_is_the_first_in_the_workbook_not_the_first_stored()
    {
        var path = folder.File("two-sheets.xlsx");
        XlsxFile.Write(path, [(1, ["waybill", "carrier", "incident", "shippedOn"]), (2, ["W1", "YTO", "lost", new DateOnly(2026, 1, 2)])], notesSheetFirstInPackage: true);

        var rows = IncidentFileReader.Read(path, Carriers.Resolve).ToList();

        Assert.Equal("W1", Assert.Single(rows).Incident!.Waybill);
    }

    [Fact]
    public void a_bad_cell_in_a_workbook_is_reported_at_its_sheet_row()
    {
        var rows = Write(
            (1, ["waybill", "carrier", "incident", "shippedOn", "goodsValue"]),
            (3, ["W1", "YTO", "lost", "2026-13-01", -5]),
            (4, ["W2", "YTO", "lost", new DateOnly(2026, 1, 2), true]));

        Assert.Equal(
            [(3, "bad date '2026-13-01' in shippedOn; negative amount '-5' in goodsValue"), (4, "bad amount 'TRUE' in goodsValue")],
            rows.Select(r => (r.Line, r.Error)));
    }

    [Fact]
    public void rich_text_reads_as_the_cell_shows_it_without_its_phonetic_guide()
    {
        var rows = Write(
            (1, ["waybill", "carrier", "incident", "shippedOn", "note"]),
            (2, ["W1", "JD", "lost", new DateOnly(2026, 1, 2), new Rich("ポンプ", "客户", "拒收")]));

        Assert.Equal("客户拒收", Assert.Single(rows).Incident!.Note);
    }

    [Fact]
    public void a_sheet_written_without_cell_references_and_with_empty_rows_is_read_by_position()
    {
        var path = folder.WriteBytes("bare.xlsx", BareWorkbook("""
            <row><c t="inlineStr"><is><t>waybill</t></is></c><c t="inlineStr"><is><t>carrier</t></is></c><c t="inlineStr"><is><t>incident</t></is></c><c t="inlineStr"><is><t>shippedOn</t></is></c></row>
            <row/>
            <row><c t="inlineStr"><is><t>W1</t></is></c><c t="inlineStr"><is><t>SF</t></is></c><c t="inlineStr"><is><t>lost</t></is></c><c><v>46024</v></c></row>
            <row r="9"><c r="A9" t="inlineStr"><is><t xml:space="preserve"> W2 </t></is></c><c r="B9" t="inlineStr"><is><r><t>S</t></r><r><t>F</t></r></is></c><c r="C9" t="inlineStr"><is><t>late</t></is></c><c r="D9" t="str"><f>TODAY()</f><v>2026-01-03</v></c></row>
            """));

        var rows = IncidentFileReader.Read(path, Carriers.Resolve).ToList();

        Assert.Equal(
            [(3, "W1", new DateOnly(2026, 1, 2)), (9, "W2", new DateOnly(2026, 1, 3))],
            rows.Select(r => (r.Line, r.Incident!.Waybill, r.Incident.ShippedOn)));
    }

    /// <summary>A workbook as a minimal writer (not Excel) produces it, with the sheet XML given verbatim.</summary>
    private static byte[] BareWorkbook(string sheetRows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }

            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetRows}</sheetData></worksheet>""");
        }

        return buffer.ToArray();
    }

    [Fact]
    public void a_workbook_part_that_unpacks_beyond_the_size_limit_is_refused_not_read_on()
    {
        var path = folder.File("big.xlsx");
        XlsxFile.Write(path, Enumerable.Range(1, 200).Select(r => ((uint)r, new object?[] { $"W{r}", "SF", "lost", new DateOnly(2026, 1, 2) })));
        using var stream = File.OpenRead(path);

        var error = Assert.Throws<IncidentFileException>(() => Claims.Contracts.IncidentFiles.Tables.XlsxTableReader.Read(stream, path, maxCharactersInPart: 5_000).ToList());

        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_zip_that_is_not_a_workbook_is_a_file_error()
    {
        var path = folder.File("photos.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("XLSX", error.Message, StringComparison.Ordinal);
    }
}
