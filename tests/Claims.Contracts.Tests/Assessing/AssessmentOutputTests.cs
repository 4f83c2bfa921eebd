using System.Text.Json;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;

namespace Claims.Contracts.Tests.Assessing;

public class AssessmentOutputTests
{
    private static readonly DateOnly Today = new(2026, 4, 10);

    private static readonly AssessmentRow[] Rows =
    [
        new(2, "ZT100", "ZTO", new Assessment(AssessmentStatus.Assessed, "ZTO-SH-2026-017", "7.2", 4, "未保价快件丢失", 36.00m, "CNY",
            new DateOnly(2026, 4, 9), null, "min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00) = 36.00"), null),
        new(3, "ZT101", "ZTO", new Assessment(AssessmentStatus.Manual, "ZTO-SH-2026-017", null, null, null, null, "CNY",
            new DateOnly(2026, 4, 30), "no clause of ZTO-SH-2026-017 covers courierMisconduct", null), null),
        AssessmentRow.Invalid(4, "ZT102", null, "unknown carrier 'XX, \"express\"'"),
        new(5, "FX1", "FDX", new Assessment(AssessmentStatus.Assessed, "FDX-1", "7.1", 6, "Loss", 1200m, "JPY", null, null, "goodsValue=1200 = 1200"), null),
    ];

    [Fact]
    public void json_is_an_array_with_the_listed_fields_in_order()
    {
        using var json = JsonDocument.Parse(Json());
        var first = json.RootElement[0];
        Assert.Equal(
            ["line", "waybill", "carrier", "status", "contract", "clause", "page", "title", "amount", "currency", "fileBy", "outOfWindow", "reason", "trace"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            """{"line":2,"waybill":"ZT100","carrier":"ZTO","status":"assessed","contract":"ZTO-SH-2026-017","clause":"7.2","page":4,"title":"未保价快件丢失","amount":"36.00","currency":"CNY","fileBy":"2026-04-09","outOfWindow":true,"reason":null,"trace":"min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00) = 36.00"}""",
            Compact(first));
    }

    [Fact]
    public void json_writes_manual_and_invalid_rows_with_nulls_and_their_reasons()
    {
        using var json = JsonDocument.Parse(Json());
        Assert.Equal(4, json.RootElement.GetArrayLength());
        Assert.Equal(
            """{"line":3,"waybill":"ZT101","carrier":"ZTO","status":"manual","contract":"ZTO-SH-2026-017","clause":null,"page":null,"title":null,"amount":null,"currency":"CNY","fileBy":"2026-04-30","outOfWindow":false,"reason":"no clause of ZTO-SH-2026-017 covers courierMisconduct","trace":null}""",
            Compact(json.RootElement[1]));
        Assert.Equal(
            """{"line":4,"waybill":"ZT102","carrier":null,"status":"invalid","contract":null,"clause":null,"page":null,"title":null,"amount":null,"currency":null,"fileBy":null,"outOfWindow":false,"reason":"unknown carrier 'XX, \"express\"'","trace":null}""",
            Compact(json.RootElement[2]));
        Assert.Equal("1200", json.RootElement[3].GetProperty("amount").GetString()); // yen: no decimals
    }

    [Fact]
    public void json_keeps_chinese_text_readable()
    {
        var text = Json();
        Assert.Contains("未保价快件丢失", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void csv_has_a_header_and_the_same_columns_quoted_per_rfc_4180()
    {
        var writer = new StringWriter();
        AssessmentOutput.WriteCsv(writer, Rows, Today);
        var lines = writer.ToString().Split("\r\n");
        Assert.Equal("line,waybill,carrier,status,contract,clause,page,title,amount,currency,fileBy,outOfWindow,reason,trace", lines[0]);
        Assert.Equal("2,ZT100,ZTO,assessed,ZTO-SH-2026-017,7.2,4,未保价快件丢失,36.00,CNY,2026-04-09,true,,\"min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00) = 36.00\"", lines[1]);
        Assert.Equal("3,ZT101,ZTO,manual,ZTO-SH-2026-017,,,,,CNY,2026-04-30,false,no clause of ZTO-SH-2026-017 covers courierMisconduct,", lines[2]);
        Assert.Equal("4,ZT102,,invalid,,,,,,,,false,\"unknown carrier 'XX, \"\"express\"\"'\",", lines[3]);
        Assert.Equal("5,FX1,FDX,assessed,FDX-1,7.1,6,Loss,1200,JPY,,false,,goodsValue=1200 = 1200", lines[4]);
        Assert.Equal("", lines[5]);
    }

    [Fact]
    public void many_rows_stream_out_whole()
    {
        var rows = Enumerable.Range(2, 5000).Select(i => Rows[0] with { Line = i });
        var writer = new StringWriter();
        AssessmentOutput.WriteJson(writer, rows, Today);
        using var json = JsonDocument.Parse(writer.ToString());
        Assert.Equal(5000, json.RootElement.GetArrayLength());
        Assert.Equal(5001, json.RootElement[4999].GetProperty("line").GetInt32());
    }

    private static string Json()
    {
        var writer = new StringWriter();
        AssessmentOutput.WriteJson(writer, Rows, Today);
        return writer.ToString();
    }

    private static string Compact(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
