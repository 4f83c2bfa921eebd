using System.Text;
using Claims.Documents.Csv;
using Claims.Documents.Tests.Excel;

namespace Claims.Documents.Tests.Csv;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+86 138", "\"'+86 138\"")]
    [InlineData("-5 refund?", "\"'-5 refund?\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=cmd", "\"'\t=cmd\"")]
    [InlineData("\r=cmd", "\"'\r=cmd\"")]
    [InlineData("\nline", "\"'\nline\"")]
    [InlineData("   =HYPERLINK(\"http://x\")", "\"'   =HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"")]
    [InlineData("  \t=cmd", "\"'  \t=cmd\"")]
    [InlineData(" \r\n@x", "\"' \r\n@x\"")]
    public void text_a_spreadsheet_would_evaluate_is_defused(string text, string expected) =>
        Assert.Equal(expected, CsvField.Text(text));

    [Theory]
    [InlineData("中通快递", "中通快递")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("1+1", "1+1")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("", "")]
    public void ordinary_text_is_only_quoted_when_rfc_4180_needs_it(string text, string expected) =>
        Assert.Equal(expected, CsvField.Text(text));

    [Fact]
    public async Task numbers_stay_numeric_and_text_is_defused_in_the_export()
    {
        var lines = (await ExportAsync()).Split("\r\n");

        Assert.Equal("Waybill,Carrier,Note,Parcels,Assessed,Currency,Incident,Filed,Accepted share", lines[0]);
        Assert.Equal("ZT7501234567,中通快递,\"'=1+2\",1,1234.50,CNY,2026-03-01,2026-03-02 09:30:00,0.125", lines[1]);
        Assert.Equal("YT1234,圆通速递,\"'+86 138 0000 0000\",1,-5.00,CNY,2026-03-10,2026-03-11 10:00:00,0.25", lines[5]);
    }

    [Fact]
    public async Task the_file_starts_with_a_byte_order_mark_so_excel_reads_chinese()
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(SampleRegister.ClaimsSheet(), output);

        Assert.Equal([0xEF, 0xBB, 0xBF], output.ToArray()[..3]);
    }

    [Fact]
    public async Task formula_columns_are_left_out_of_csv()
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(SampleRegister.ByCarrierSheet(), output);

        var text = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
        Assert.StartsWith("Carrier,Currency\r\n中通快递,CNY\r\n", text);
    }

    private static async Task<string> ExportAsync()
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(SampleRegister.ClaimsSheet(), output);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }
}
