using Claims.Contracts.IncidentFiles;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class FileKindTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, ".xls")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image")]
    [InlineData(new byte[] { 0x01, 0x02, 0x00, 0x7F, 0x41 }, "binary")]
    public void a_file_that_is_neither_csv_nor_xlsx_is_refused_saying_what_it_is(byte[] content, string said)
    {
        var path = folder.WriteBytes("incidents.csv", content);

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("neither CSV text nor an XLSX workbook", error.Message, StringComparison.Ordinal);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void utf16_text_without_its_byte_order_mark_is_named_as_such()
    {
        var path = folder.WriteBytes("incidents.csv", System.Text.Encoding.Unicode.GetBytes("waybill,carrier,incident,shippedOn\nW1,SF,lost,2026-01-01\n"));

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("UTF-16 text without a byte order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_html_page_saved_as_xls_is_refused_with_what_to_do()
    {
        var path = folder.Write("export.xls", "<html><table><tr><td>运单号</td></tr></table></html>");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("save as .xlsx or CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void the_content_decides_the_format_not_the_name()
    {
        var csvNamedXlsx = folder.Write("really-csv.xlsx", "waybill,carrier,incident,shippedOn\nW1,SF,lost,2026-01-01\n");
        var xlsxNamedCsv = folder.File("really-xlsx.csv");
        XlsxFile.Write(xlsxNamedCsv, [(1, ["waybill", "carrier", "incident", "shippedOn"]), (2, ["W2", "SF", "lost", new DateOnly(2026, 1, 1)])]);

        Assert.Equal("W1", IncidentFileReader.Read(csvNamedXlsx, Carriers.Resolve).Single().Incident!.Waybill);
        Assert.Equal("W2", IncidentFileReader.Read(xlsxNamedCsv, Carriers.Resolve).Single().Incident!.Waybill);
    }

    [Fact]
    public void a_file_that_does_not_exist_is_a_file_error_naming_it()
    {
        var path = folder.File("nowhere.csv");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Equal(path, error.FileName);
    }
}
