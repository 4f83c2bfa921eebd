using System.Text;
using Claims.Contracts.IncidentFiles;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class EncodingTests : IDisposable
{
    private const string ChineseFile = """
        运单号,快递公司,异常类型,方向,发货日期,货值,备注
        ZT001,中通快递,破损,逆向,2026-03-01,88.5,外包装破损“严重”
        YT002,圆通速递,错派,正向,2026年3月2日,120,派到隔壁小区
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<IncidentRow> Read(string path) => IncidentFileReader.Read(path, Carriers.Resolve).ToList();

    [Fact]
    public void a_gbk_file_and_a_utf8_bom_file_with_chinese_headers_give_the_same_rows()
    {
        var gbk = Read(folder.Write("gbk.csv", ChineseFile, TempFolder.Gbk));
        var bom = Read(folder.Write("bom.csv", ChineseFile, TempFolder.Utf8Bom));
        var plain = Read(folder.Write("plain.csv", ChineseFile));

        Assert.All(gbk, r => Assert.Null(r.Error));
        Assert.Equal("外包装破损“严重”", gbk[0].Incident!.Note);
        Assert.Equal(gbk, bom);
        Assert.Equal(gbk, plain);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void a_utf16_file_with_its_byte_order_mark_is_read(bool bigEndian)
    {
        var rows = Read(folder.Write("utf16.csv", ChineseFile, new UnicodeEncoding(bigEndian, byteOrderMark: true)));

        Assert.Equal(["ZT001", "YT002"], rows.Select(r => r.Incident!.Waybill));
        Assert.Equal("派到隔壁小区", rows[1].Incident!.Note);
    }

    [Fact]
    public void bytes_that_fit_no_encoding_stop_the_file_naming_the_line_where_the_likelier_encoding_failed()
    {
        // GBK text (not UTF-8 from line 2 on), then on line 7 bytes that GBK/GB18030 has no character for either.
        var text = TempFolder.Gbk.GetBytes("运单号,快递公司,异常类型,发货日期\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"W{i},中通快递,丢件,2026-01-01\n")));
        var bytes = text.Concat("W6,"u8.ToArray()).Concat(new byte[] { 0xFF, 0x80 }).Concat(",丢件,2026-01-01\n"u8.ToArray()).ToArray();
        var path = folder.WriteBytes("broken.csv", bytes);

        var error = Assert.Throws<IncidentFileException>(() => Read(path));

        Assert.Equal(7, error.Line);
        Assert.Equal($"{path}: line 7: bytes that are neither UTF-8 nor GBK/GB18030", error.Message);
    }

    [Fact]
    public void a_utf8_file_with_one_bad_byte_is_refused_not_repaired()
    {
        var bytes = Encoding.UTF8.GetBytes("waybill,carrier,incident,shippedOn,note\nW1,SF,lost,2026-01-01,好\nW2,SF,lost,2026-01-01,坏\n").ToList();
        bytes.InsertRange(bytes.Count - 1, new byte[] { 0xFF });
        var path = folder.WriteBytes("bad.csv", [.. bytes]);

        var error = Assert.Throws<IncidentFileException>(() => Read(path));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void bad_bytes_after_a_utf8_byte_order_mark_are_not_read_as_gbk()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(TempFolder.Gbk.GetBytes(ChineseFile)).ToArray();
        var path = folder.WriteBytes("mixed.csv", bytes);

        var error = Assert.Throws<IncidentFileException>(() => Read(path));

        Assert.Equal(1, error.Line);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
