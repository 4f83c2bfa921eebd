using Claims.Contracts.IncidentFiles;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class RowErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private List<IncidentRow> Read(string csv) => IncidentFileReader.Read(folder.Write("incidents.csv", csv), Carriers.Resolve).ToList();

    [Fact]
    public void each_bad_row_is_reported_with_its_line_and_reason_and_the_rows_after_it_are_still_read()
    {
        var rows = Read("""
            waybill,carrier,incident,shippedOn,goodsValue
            W1,SF,lost,2026-13-01,10
            W2,SF,lost,2026-01-02,-5
            W3,SF,丢失,2026-01-02,10
            W4,XX,lost,2026-01-02,10
            ,SF,lost,2026-01-02,10
            W6,SF,lost,2026-01-02,10
            """);

        Assert.Equal(
            [
                (2, "bad date '2026-13-01' in shippedOn"),
                (3, "negative amount '-5' in goodsValue"),
                (4, "unknown incident type '丢失' (use lost, damaged, misdelivered, late, notDeliveredToDoor, courierMisconduct, falseDeliveryScan, other or 丢件, 破损, 错派, 延误, 未送货上门, 服务态度, 虚假签收, 其他)"),
                (5, "unknown carrier 'XX' (no contract names it)"),
                (6, "missing waybill"),
                (7, null),
            ],
            rows.Select(r => (r.Line, r.Error)));
        Assert.Equal("W6", rows[^1].Incident!.Waybill);
        Assert.Equal(("W4", "XX"), (rows[3].Waybill, rows[3].Carrier));
    }

    [Fact]
    public void every_problem_of_a_row_is_reported_at_once_naming_the_chinese_column_as_written()
    {
        var rows = Read("""
            运单号,快递公司,异常类型,发货日期,运费,延误天数
            W1,顺丰速运,延误,2026-02-30,abc,2.5
            """);

        Assert.Equal(
            "bad date '2026-02-30' in shippedOn (发货日期); bad amount 'abc' in freight (运费); "
            + "bad number of days '2.5' in daysLate (延误天数) (a whole number is needed)",
            Assert.Single(rows).Error);
    }

    [Fact]
    public void a_row_missing_required_values_names_each_of_them()
    {
        var rows = Read("waybill,carrier,incident,shippedOn\nW1,,,\n");

        Assert.Equal("missing carrier; missing incident; missing shippedOn", Assert.Single(rows).Error);
    }

    [Fact]
    public void an_unknown_direction_is_refused_with_the_accepted_words()
    {
        var rows = Read("waybill,carrier,incident,shippedOn,direction\nW1,SF,lost,2026-01-01,back\n");

        Assert.Equal("unknown direction 'back' (use forward / 正向 or return / 逆向)", Assert.Single(rows).Error);
    }

    [Theory]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("¥12.5", "12.5")]
    [InlineData("￥ 3,000", "3000")]
    [InlineData("0", "0")]
    [InlineData(".5", "0.5")]
    public void amounts_are_read_as_exact_decimals(string written, string expected)
    {
        var rows = Read($"waybill,carrier,incident,shippedOn,goodsValue\nW1,SF,lost,2026-01-01,\"{written}\"\n");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(rows).Incident!.GoodsValue);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,50")]
    [InlineData("1.2.3")]
    [InlineData("$12")]
    [InlineData("¥¥12")]
    [InlineData("1e3")]
    [InlineData("１２")]
    public void amounts_that_could_be_misread_are_refused(string written)
    {
        var rows = Read($"waybill,carrier,incident,shippedOn,goodsValue\nW1,SF,lost,2026-01-01,\"{written}\"\n");

        Assert.Equal($"bad amount '{written}' in goodsValue", Assert.Single(rows).Error);
    }

    [Fact]
    public void a_negative_weight_and_a_negative_number_of_days_are_refused()
    {
        var rows = Read("waybill,carrier,incident,shippedOn,weightKg,daysLate\nW1,SF,late,2026-01-01,-1,-2\nW2,SF,late,2026-01-01,0.8,2.0\n");

        Assert.Equal("negative weight '-1' in weightKg; negative number of days '-2' in daysLate", rows[0].Error);
        Assert.Equal((0.8m, 2), (rows[1].Incident!.WeightKg, rows[1].Incident!.DaysLate));
    }

    [Theory]
    [InlineData("2026-03-05")]
    [InlineData("2026-3-5")]
    [InlineData("2026/3/5")]
    [InlineData("2026/03/05")]
    [InlineData("2026.3.5")]
    [InlineData("2026年3月5日")]
    [InlineData("2026-03-05 14:30:00")]
    [InlineData("2026/3/5 9:05")]
    public void dates_are_read_in_the_forms_chinese_exports_use(string written)
    {
        var rows = Read($"waybill,carrier,incident,shippedOn\nW1,SF,lost,{written}\n");

        Assert.Equal(new DateOnly(2026, 3, 5), Assert.Single(rows).Incident!.ShippedOn);
    }

    [Theory]
    [InlineData("2026-3/5")]
    [InlineData("26-03-05")]
    [InlineData("05/03/2026")]
    [InlineData("2026-02-29")]
    [InlineData("2026-03-05 later")]
    public void dates_that_are_not_real_or_not_unambiguous_are_refused(string written)
    {
        var rows = Read($"waybill,carrier,incident,shippedOn\nW1,SF,lost,{written}\n");

        Assert.Equal($"bad date '{written}' in shippedOn", Assert.Single(rows).Error);
    }

    [Fact]
    public void a_very_long_bad_value_is_shortened_in_the_message()
    {
        var junk = new string('x', 5000);
        var rows = Read($"waybill,carrier,incident,shippedOn\nW1,SF,{junk},2026-01-01\n");

        Assert.StartsWith($"unknown incident type '{new string('x', 60)}…'", Assert.Single(rows).Error, StringComparison.Ordinal);
    }
}
