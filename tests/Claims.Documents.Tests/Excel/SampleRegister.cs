using Claims.Documents.Excel;

namespace Claims.Documents.Tests.Excel;

/// <summary>A small claims register shaped like finance's: mixed currencies, Chinese text, hostile notes, and a SUMIFS sheet.</summary>
internal static class SampleRegister
{
    public sealed record ClaimLine(string Waybill, string Carrier, string Note, int Parcels, decimal Assessed, string Currency, DateOnly Incident, DateTime Filed, decimal Rate);

    public sealed record CarrierTotal(string Carrier, string Currency);

    public static readonly ClaimLine[] Claims =
    [
        new("ZT7501234567", "中通快递", "=1+2", 1, 1234.50m, "CNY", new DateOnly(2026, 3, 1), new DateTime(2026, 3, 2, 9, 30, 0), 0.125m),
        new("ZT7501234568", "中通快递", "@SUM(A1)", 2, 100.25m, "CNY", new DateOnly(2026, 3, 5), new DateTime(2026, 3, 6, 14, 0, 0), 0.5m),
        new("1Z999AA10123456784", "UPS", "外箱破损 box crushed", 1, 80.00m, "USD", new DateOnly(2026, 3, 7), new DateTime(2026, 3, 8, 8, 15, 0), 1m),
        new("1Z999AA10123456785", "UPS", "-5 refund?", 3, 19.99m, "USD", new DateOnly(2026, 3, 9), new DateTime(2026, 3, 9, 18, 45, 0), 0m),
        new("YT1234", "圆通速递", "+86 138 0000 0000", 1, -5.00m, "CNY", new DateOnly(2026, 3, 10), new DateTime(2026, 3, 11, 10, 0, 0), 0.25m),
    ];

    public static readonly CarrierTotal[] Totals = [new("中通快递", "CNY"), new("UPS", "USD"), new("圆通速递", "CNY")];

    public static SheetModel<ClaimLine> ClaimsSheet(IEnumerable<ClaimLine>? rows = null) =>
        new SheetModel<ClaimLine>("Claims", rows ?? Claims)
            .Text("Waybill", c => c.Waybill)
            .Text("Carrier", c => c.Carrier)
            .Text("Note", c => c.Note)
            .Integer("Parcels", c => c.Parcels)
            .Money("Assessed", c => c.Assessed, c => c.Currency)
            .Text("Currency", c => c.Currency)
            .Date("Incident", c => c.Incident)
            .DateTime("Filed", c => c.Filed)
            .Percent("Accepted share", c => c.Rate);

    public static SheetModel<CarrierTotal> ByCarrierSheet() =>
        new SheetModel<CarrierTotal>("By carrier", Totals)
            .Text("Carrier", t => t.Carrier)
            .Text("Currency", t => t.Currency)
            .Formula("Assessed", (_, f) => f.SumIfs("Claims", "Assessed", ("Carrier", f.Cell("Carrier")), ("Currency", f.Cell("Currency"))),
                t => NumberFormats.Currency(t.Currency))
            .Formula("Parcels", (_, f) => f.SumIfs("Claims", "Parcels", ("Carrier", f.Cell("Carrier"))), NumberFormats.Integer);

    public static WorkbookModel Workbook(IEnumerable<ClaimLine>? rows = null) =>
        new([ClaimsSheet(rows), ByCarrierSheet()])
        {
            Title = "理赔台账 Claims register",
            Author = "Claims tests",
            Created = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(8)),
        };

    public static async Task<string> WriteAsync(WorkbookModel workbook, XlsxWriterOptions? options = null)
    {
        var path = Path.Combine(Support.Paths.NewTempDirectory(), "register.xlsx");
        await using (var file = File.Create(path))
        {
            await XlsxWriter.WriteAsync(workbook, file, options);
        }

        return path;
    }
}
