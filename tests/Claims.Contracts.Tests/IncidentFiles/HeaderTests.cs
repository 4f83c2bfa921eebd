using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;

namespace Claims.Contracts.Tests.IncidentFiles;

public sealed class HeaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private List<IncidentRow> Read(string csv) => IncidentFileReader.Read(folder.Write("incidents.csv", csv), Carriers.Resolve).ToList();

    [Fact]
    public void english_headers_give_one_incident_per_row_with_every_value()
    {
        var rows = Read("""
            waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note
            SF1234567890,SF,damaged,return,2026-03-02,2026-03-05,500,300,12.5,80,1.25,0,TB-88,外箱压坏
            """);

        var row = Assert.Single(rows);
        Assert.Null(row.Error);
        Assert.Equal(2, row.Line);
        Assert.Equal(
            new Incident("SF1234567890", "SF", IncidentType.Damaged, Direction.Return, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 5),
                500m, 300m, 12.5m, 80m, 1.25m, 0, "TB-88", "外箱压坏"),
            row.Incident);
    }

    [Fact]
    public void chinese_headers_and_chinese_names_read_the_same_as_english()
    {
        var english = Read("""
            waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note
            ZT7730001,ZTO,lost,return,2026-04-01,2026-04-03,199,0,8,,2,0,A-1,整件未到
            ZT7730002,ZTO,late,forward,2026-04-01,,0,0,8,,0.5,3,A-2,
            """);
        var chinese = Read("""
            运单号,快递公司,异常类型,方向,发货日期,异常日期,货值,保价金额,运费,索赔金额,重量,延误天数,订单号,备注
            ZT7730001,中通快递,丢件,逆向,2026-04-01,2026-04-03,199,0,8,,2,0,A-1,整件未到
            ZT7730002,中通快递,延误,正向,2026/4/1,,0,0,8,,0.5,3,A-2,
            """);

        Assert.All(chinese, r => Assert.Null(r.Error));
        Assert.Equal(english.Select(r => r.Incident), chinese.Select(r => r.Incident));
    }

    [Fact]
    public void every_chinese_incident_name_is_understood()
    {
        var rows = Read("""
            运单号,快递公司,异常类型,发货日期
            W1,SF,丢件,2026-01-05
            W2,SF,破损,2026-01-05
            W3,SF,错派,2026-01-05
            W4,SF,延误,2026-01-05
            W5,SF,未送货上门,2026-01-05
            W6,SF,服务态度,2026-01-05
            W7,SF,虚假签收,2026-01-05
            W8,SF,其他,2026-01-05
            """);

        Assert.Equal(Enum.GetValues<IncidentType>(), rows.Select(r => r.Incident!.Type));
    }

    [Fact]
    public void english_names_ignore_case_and_headers_ignore_surrounding_spaces()
    {
        var rows = Read("""
             WAYBILL , Carrier ,INCIDENT,ShippedOn,Direction
            W1,sf,NotDeliveredToDoor,2026-01-05,RETURN
            """);

        var incident = Assert.Single(rows).Incident!;
        Assert.Equal(("SF", IncidentType.NotDeliveredToDoor, Direction.Return), (incident.CarrierCode, incident.Type, incident.Direction));
    }

    [Fact]
    public void unknown_extra_columns_of_a_platform_export_are_ignored()
    {
        var rows = Read("""
            店铺,运单号,收件人,快递公司,异常类型,发货日期,处理状态,,备注
            旗舰店,YT900001,张三,圆通速递,破损,2026-02-10,待处理,x,盒子裂开
            """);

        var incident = Assert.Single(rows).Incident!;
        Assert.Equal(("YT900001", "YTO", "盒子裂开"), (incident.Waybill, incident.CarrierCode, incident.Note));
    }

    [Fact]
    public void direction_defaults_to_forward_incident_date_to_shipping_date_and_empty_amounts_to_not_given()
    {
        var rows = Read("""
            waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,claimedAmount,daysLate
            JD0001,JD,lost,,2026-05-06,,,,
            """);

        var incident = Assert.Single(rows).Incident!;
        Assert.Equal(Direction.Forward, incident.Direction);
        Assert.Equal(new DateOnly(2026, 5, 6), incident.IncidentOn);
        Assert.Null(incident.ClaimedAmount);
        Assert.Equal((0m, 0), (incident.GoodsValue, incident.DaysLate));
    }

    [Fact]
    public void a_title_row_above_the_header_is_skipped_and_lines_still_count_from_the_top()
    {
        var rows = Read("""
            异常件导出,2026-03,,
            ,,,
            运单号,快递公司,异常类型,发货日期
            W1,SF,丢件,2026-03-01
            """);

        Assert.Equal((4, "W1"), (Assert.Single(rows).Line, rows[0].Incident!.Waybill));
    }

    [Fact]
    public void a_missing_required_column_stops_the_file_naming_the_column_and_the_header_line()
    {
        var path = folder.Write("incidents.csv", "运单号,异常类型,方向\nW1,丢件,正向\n");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Equal(1, error.Line);
        Assert.Contains("carrier (快递公司)", error.Message, StringComparison.Ordinal);
        Assert.Contains("shippedOn (发货日期)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_known_column_given_twice_stops_the_file()
    {
        var path = folder.Write("incidents.csv", "waybill,carrier,incident,shippedOn,运单号\nW1,SF,lost,2026-01-01,W1\n");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("waybill (运单号) is given twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_tab_separated_file_is_told_apart_from_a_file_missing_columns()
    {
        var path = folder.Write("incidents.csv", "waybill\tcarrier\tincident\tshippedOn\nW1\tSF\tlost\t2026-01-01\n");

        var error = Assert.Throws<IncidentFileException>(() => IncidentFileReader.Read(path, Carriers.Resolve).ToList());

        Assert.Contains("tab- or semicolon-separated", error.Message, StringComparison.Ordinal);
    }
}
