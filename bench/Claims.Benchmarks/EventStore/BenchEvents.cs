namespace Claims.Benchmarks.EventStore;

/// <summary>Claim-like events of about 400 bytes of JSON each, the size the throughput goal is stated for.</summary>
internal sealed record BenchIncidentReported(
    string Waybill, string Carrier, string Direction, string Incident, decimal DeclaredValue, decimal Freight,
    string Currency, DateOnly ShippedOn, string Consignee, string Description);

internal sealed record BenchClaimAssessed(
    string Waybill, string Contract, string Clause, int Page, decimal Amount, string Currency, string Trace);

internal sealed record BenchNoteAdded(string Waybill, string Author, string Text);

internal static class BenchEvents
{
    public static object[] ForAppend(int writer, long n)
    {
        var waybill = $"ZTO{writer:00}{n:0000000000}";
        return
        [
            new BenchIncidentReported(waybill, "ZTO Express", "forward", "damaged", 259.90m, 12.50m, "CNY",
                new DateOnly(2026, 3, 1), "Zhang San, Room 1203, Building 5, Wangjing SOHO, Chaoyang District, Beijing",
                "Outer carton crushed on one corner; inner box dented; ceramic mug inside broken into three pieces."),
            new BenchClaimAssessed(waybill, "zto-2026-v2", "4.2(b) damaged goods, actual loss up to 7x freight", 7, 87.50m, "CNY",
                "actual loss 259.90 CNY; cap 7 x freight 12.50 = 87.50; min(259.90, 87.50) = 87.50 under clause 4.2(b), page 7"),
            new BenchNoteAdded(waybill, "after-sales.wang",
                "Customer sent three photos through the chat window; carrier station confirmed the damage at the sorting centre "
                + "in Langfang and asked for the packing video, which the warehouse will upload tomorrow morning."),
        ];
    }
}
