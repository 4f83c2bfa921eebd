using Claims.Contracts.IncidentFiles;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class CsvLayoutTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private List<IncidentRow> Read(string csv) => IncidentFileReader.Read(folder.Write("incidents.csv", csv), Carriers.Resolve).ToList();

    [Fact]
    public void a_waybill_holding_the_claim_id_separator_is_a_row_error_so_it_cannot_join_another_claim()
    {
        var rows = Read("waybill,carrier,incident,shippedOn\nXTCOL:9,SF,lost,2026-01-01\nXTCOL9,SF,lost,2026-01-01\n");

        Assert.Null(rows[0].Incident);
        Assert.Contains("':'", rows[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, rows[0].Line);
        Assert.NotNull(rows[1].Incident);
    }

    [Fact]
    public void a_multi_line_quoted_note_keeps_the_line_numbers_of_later_rows_right()
    {
        var rows = Read(
            "waybill,carrier,incident,shippedOn,note\r\n"
            + "W1,SF,lost,2026-01-01,\"客户说：\r\n\"\"没收到\"\"\r\n已报备\"\r\n"
            + "W2,SF,lost,2026-01-01,\"a, b\"\r\n"
            + "W3,SF,lost,2026-13-01,\n");

        Assert.Equal([2, 5, 6], rows.Select(r => r.Line));
        Assert.Equal("客户说：\r\n\"没收到\"\r\n已报备", rows[0].Incident!.Note);
        Assert.Equal("a, b", rows[1].Incident!.Note);
        Assert.Equal("bad date '2026-13-01' in shippedOn", rows[2].Error);
    }

    [Fact]
    public void empty_amount_cells_are_read_as_not_given_and_spaced_waybills_as_typed_without_spaces()
    {
        var rows = Read(
            "运单号,快递公司,异常类型,发货日期,货值,运费\n"
            + "\" 7300 0001 2345 67 \",SF,丢件,2026-01-01,200,\n"
            + "W2,SF,丢件,2026-01-01,200,12\n");

        Assert.Equal("73000001234567", rows[0].Incident!.Waybill);
        Assert.Equal("73000001234567", rows[0].Waybill);
        Assert.Equal(Model.MissingFacts.Freight | Model.MissingFacts.WeightKg | Model.MissingFacts.DaysLate, rows[0].Incident!.Missing);
        Assert.Equal(Model.MissingFacts.WeightKg | Model.MissingFacts.DaysLate, rows[1].Incident!.Missing);
    }

    [Fact]
    public void blank_lines_and_empty_rows_are_skipped_without_shifting_line_numbers()
    {
        var rows = Read("waybill,carrier,incident,shippedOn\n\nW1,SF,lost,2026-01-01\n,,,\n   \nW2,SF,lost,2026-01-01");

        Assert.Equal([(3, "W1"), (6, "W2")], rows.Select(r => (r.Line, r.Incident!.Waybill)));
    }

    [Fact]
    public void old_mac_line_endings_count_as_lines()
    {
        var rows = Read("waybill,carrier,incident,shippedOn\rW1,SF,lost,2026-01-01\r\rW2,SF,lost,2026-01-01\r");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void a_quote_that_never_closes_stops_the_file_at_the_line_where_it_opens()
    {
        var path = folder.Write("incidents.csv", "waybill,carrier,incident,shippedOn,note\nW1,SF,lost,2026-01-01,ok\nW2,SF,lost,2026-01-01,\"open\nW3,SF,lost,2026-01-01,x\n");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_100_kb_note_is_read_whole()
    {
        var note = string.Concat(Enumerable.Repeat("破损照片已上传,", 10_000));
        var rows = Read($"waybill,carrier,incident,shippedOn,note\nW1,SF,damaged,2026-01-01,\"{note}\"\nW2,SF,lost,2026-01-01,\n");

        Assert.Equal(note, rows[0].Incident!.Note);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void a_stray_quote_inside_an_unquoted_value_is_kept_as_text_as_excel_does()
    {
        var rows = Read("waybill,carrier,incident,shippedOn,note\nW1,SF,lost,2026-01-01,12\" screen\n");

        Assert.Equal("12\" screen", Assert.Single(rows).Incident!.Note);
    }

    [Fact]
    public void a_number_an_export_protected_as_an_excel_formula_is_read_as_its_text()
    {
        var rows = Read("waybill,carrier,incident,shippedOn,orderId\n\"=\"\"0773012345678901\"\"\",SF,lost,2026-01-01,=\"007\"\n");

        Assert.Equal(("0773012345678901", "007"), (rows[0].Incident!.Waybill, rows[0].Incident!.OrderId));
    }

    [Fact]
    public void a_header_only_file_has_no_rows_and_an_empty_file_is_an_error()
    {
        Assert.Empty(Read("waybill,carrier,incident,shippedOn\n"));

        var empty = folder.Write("empty.csv", string.Empty);
        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(empty, Carriers.Resolve).ToList());
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_stream_that_cannot_seek_is_read_like_a_file()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("waybill,carrier,incident,shippedOn\nW1,SF,lost,2026-01-01\n");
        using var upload = new ForwardOnlyStream(bytes);

        var rows = IncidentFileReader.Read(upload, "upload.csv", Carriers.Resolve).ToList();

        Assert.Equal("W1", Assert.Single(rows).Incident!.Waybill);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
