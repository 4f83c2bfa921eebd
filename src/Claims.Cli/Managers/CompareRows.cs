using System.Globalization;
using System.Text;
using Claims.Contracts.Currencies;
using Claims.Documents.Csv;
using Claims.Documents.Excel;
using Claims.Managers;

namespace Claims.Cli.Managers;

/// <summary>
/// A comparison as `claims compare` prints it. Figures are rounded here only: money to its currency's decimals,
/// rates per 10k and days to 2 decimals, recovery and dispute rates (fractions) to 4.
/// </summary>
public static class CompareRows
{
    public static List<Dictionary<string, object?>> Json(ComparisonReport report) =>
        [.. report.Carriers.Select(c =>
        {
            var row = new Dictionary<string, object?>
            {
                ["carrier"] = c.Carrier, ["carrierName"] = c.CarrierName, ["currency"] = c.Currency,
                ["from"] = report.From.ToString(), ["to"] = report.To.ToString(),
            };
            Figures(row, c.Figures, c.Currency);
            row["score"] = c.Score;
            row["rank"] = c.Rank;
            row["grade"] = c.Grade;
            row["months"] = report.Months.Where(m => m.Carrier == c.Carrier && m.Currency == c.Currency).Select(m =>
            {
                var month = new Dictionary<string, object?> { ["month"] = m.Month.ToString() };
                Figures(month, m.Figures, m.Currency);
                return month;
            }).ToList();
            return row;
        })];

    private static void Figures(Dictionary<string, object?> row, Scorecard f, string currency)
    {
        row["parcels"] = f.Parcels;
        row["freight"] = Money(f.Freight, currency);
        row["incidents"] = f.Incidents;
        row["lost"] = f.Lost;
        row["damaged"] = f.Damaged;
        row["misdelivered"] = f.Misdelivered;
        row["late"] = f.Late;
        row["incidentsPer10k"] = Two(f.IncidentsPer10k);
        row["lostPer10k"] = Two(f.LostPer10k);
        row["damagedPer10k"] = Two(f.DamagedPer10k);
        row["misdeliveredPer10k"] = Two(f.MisdeliveredPer10k);
        row["latePer10k"] = Two(f.LatePer10k);
        row["claimsAssessed"] = f.ClaimsAssessed;
        row["assessed"] = Money(f.Assessed, currency);
        row["accepted"] = Money(f.Accepted, currency);
        row["received"] = Money(f.Received, currency);
        row["deducted"] = Money(f.Deducted, currency);
        row["outstanding"] = Money(f.Outstanding, currency);
        row["recoveryRate"] = Four(f.RecoveryRate);
        row["disputeRate"] = Four(f.DisputeRate);
        row["deemedAcceptances"] = f.DeemedAcceptances;
        row["medianDaysToPayment"] = Two(f.MedianDaysToPayment);
        row["p90DaysToPayment"] = Two(f.P90DaysToPayment);
        row["filedOutOfWindow"] = f.FiledOutOfWindow;
        row["lostThroughOwnDelay"] = Money(f.LostThroughOwnDelay, currency);
        row["serviceLevelBreaches"] = f.ServiceLevelBreaches;
        row["serviceLevelPenalties"] = Money(f.ServiceLevelPenalties, currency);
        row["noRatesReason"] = f.NoRatesReason;
    }

    /// <summary>One line per carrier and currency (the months are in the JSON), through the formula-safe CSV writer.</summary>
    public static async Task<string> CsvAsync(ComparisonReport report, CancellationToken ct)
    {
        var sheet = new SheetModel<CarrierScore>("compare", report.Carriers)
            .Integer("rank", c => c.Rank).Text("grade", c => c.Grade).Decimal("score", c => c.Score)
            .Text("carrier", c => c.Carrier).Text("carrierName", c => c.CarrierName).Text("currency", c => c.Currency)
            .Integer("parcels", c => c.Figures.Parcels).Integer("incidents", c => c.Figures.Incidents)
            .Decimal("incidentsPer10k", c => Two(c.Figures.IncidentsPer10k)).Decimal("lostPer10k", c => Two(c.Figures.LostPer10k))
            .Decimal("damagedPer10k", c => Two(c.Figures.DamagedPer10k)).Decimal("misdeliveredPer10k", c => Two(c.Figures.MisdeliveredPer10k))
            .Decimal("latePer10k", c => Two(c.Figures.LatePer10k))
            .Decimal("assessed", c => Money(c.Figures.Assessed, c.Currency)).Decimal("accepted", c => Money(c.Figures.Accepted, c.Currency))
            .Decimal("received", c => Money(c.Figures.Received, c.Currency)).Decimal("deducted", c => Money(c.Figures.Deducted, c.Currency))
            .Decimal("outstanding", c => Money(c.Figures.Outstanding, c.Currency))
            .Decimal("recoveryRate", c => Four(c.Figures.RecoveryRate)).Decimal("disputeRate", c => Four(c.Figures.DisputeRate))
            .Integer("deemedAcceptances", c => c.Figures.DeemedAcceptances)
            .Decimal("medianDaysToPayment", c => Two(c.Figures.MedianDaysToPayment)).Decimal("p90DaysToPayment", c => Two(c.Figures.P90DaysToPayment))
            .Integer("filedOutOfWindow", c => c.Figures.FiledOutOfWindow)
            .Decimal("lostThroughOwnDelay", c => Money(c.Figures.LostThroughOwnDelay, c.Currency))
            .Integer("serviceLevelBreaches", c => c.Figures.ServiceLevelBreaches)
            .Decimal("serviceLevelPenalties", c => Money(c.Figures.ServiceLevelPenalties, c.Currency))
            .Text("noRatesReason", c => c.Figures.NoRatesReason);
        using var buffer = new MemoryStream();
        await CsvExport.WriteAsync(sheet, buffer, ct);
        // Standard output carries text: the byte order mark the file export writes for Excel is left out.
        return new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    public static async Task TableAsync(ComparisonReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Carriers compared {report.From} to {report.To} (rates per 10,000 parcels; 承运商对比，每万件)");
        await output.WriteLineAsync(string.Join("  ",
            "rank", "grade", "score ", "carrier ", Pad("name", 20), "cur", "   parcels", "incid", "inc/10k", "lost/10k", "dmg/10k", "mis/10k",
            "recovery", "dispute", "days p50", "   assessed", "outstanding"));
        foreach (var c in report.Carriers)
        {
            var f = c.Figures;
            await output.WriteLineAsync(string.Join("  ",
                $"{c.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-",4}", $"{c.Grade ?? "-",-5}", $"{Text(c.Score),6}", $"{c.Carrier,-8}",
                Pad(c.CarrierName, 20), $"{c.Currency,-3}", $"{f.Parcels,10:N0}", $"{f.Incidents,5}", $"{Text(Two(f.IncidentsPer10k)),7}", $"{Text(Two(f.LostPer10k)),8}",
                $"{Text(Two(f.DamagedPer10k)),7}", $"{Text(Two(f.MisdeliveredPer10k)),7}", $"{Percent(f.RecoveryRate),8}",
                $"{Percent(f.DisputeRate),7}", $"{Text(Two(f.MedianDaysToPayment)),8}", $"{Text(Money(f.Assessed, c.Currency)),11}",
                $"{Text(Money(f.Outstanding, c.Currency)),11}"));
        }
        foreach (var c in report.Carriers.Where(c => c.Figures.NoRatesReason is not null))
            await output.WriteLineAsync($"  {c.Carrier} {c.Currency}: {c.Figures.NoRatesReason}");
    }

    // Chinese characters take two columns on a terminal: pad by what the eye sees, not by characters.
    internal static string Pad(string text, int width)
    {
        var seen = text.Sum(ch => ch >= '\u1100' ? 2 : 1);
        return text + new string(' ', Math.Max(0, width - seen));
    }

    internal static decimal? Two(decimal? value) => value is { } v ? Fixed(v, 2) : null;

    internal static decimal? Four(decimal? value) => value is { } v ? Fixed(v, 4) : null;

    internal static decimal Money(decimal value, string currency) =>
        Fixed(value, Iso4217.DecimalsOf(string.IsNullOrEmpty(currency) ? "CNY" : currency));

    // Exactly this many decimals (0 prints as 0.00 for CNY), so the same figures always print the same way.
    private static decimal Fixed(decimal value, int decimals) =>
        Math.Round(value + new decimal(0, 0, 0, false, (byte)decimals), decimals, MidpointRounding.AwayFromZero);

    internal static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    internal static string Percent(decimal? fraction) =>
        fraction is { } f ? (f * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
