using System.Globalization;
using System.Text;
using Claims.Documents.Csv;
using Claims.Documents.Excel;
using Claims.Managers.Team;
using static Claims.Cli.Managers.CompareRows;

namespace Claims.Cli.Managers;

/// <summary>
/// The team figures as `claims team` prints them: money per currency rounded to its decimals, rates (fractions) to 4
/// decimals, median days to 1. <c>displayName</c> is the name set for the user (<c>claims users display-name</c>), else the user name.
/// </summary>
public static class TeamRows
{
    public const string TeamUser = "(team)";

    public static Dictionary<string, object?> Json(TeamReport report) => new()
    {
        ["from"] = report.From.ToString(), ["to"] = report.To.ToString(), ["today"] = report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["team"] = Entry(report.Team, TeamUser, TeamUser, []),
        ["people"] = report.People.Select(p => Entry(p.Figures, p.Figures.User, p.DisplayName, p.Flags)).ToList(),
    };

    private static Dictionary<string, object?> Entry(PersonFigures f, string user, string displayName, IReadOnlyList<TeamFlag> flags) => new()
    {
        ["user"] = user, ["displayName"] = displayName,
        ["claims"] = f.Claims,
        ["incidentsReported"] = f.IncidentsReported,
        ["medianDaysIncidentToReport"] = f.MedianDaysIncidentToReport,
        ["medianDaysReportToFile"] = f.MedianDaysReportToFile,
        ["filedInWindowRate"] = Four(f.FiledInWindowRate),
        ["missedWindows"] = f.MissedWindows,
        ["missedAmount"] = PerCurrency(f.MissedAmount),
        ["claimed"] = PerCurrency(f.Claimed),
        ["recovered"] = PerCurrency(f.Recovered),
        ["recoveryRate"] = f.RecoveryRate.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => Code(r.Key), r => Four(r.Value)),
        ["openClaims"] = f.OpenClaims,
        ["overdueClaims"] = f.OverdueClaims,
        ["flags"] = flags.Select(x => x.Figure).ToList(),
        ["reasons"] = flags.Select(x => new Dictionary<string, string> { ["figure"] = x.Figure, ["zh"] = x.Chinese, ["en"] = x.English }).ToList(),
    };

    /// <summary>One line per person and currency (the team's last), through the formula-safe CSV writer.</summary>
    public static async Task<string> CsvAsync(TeamReport report, CancellationToken ct)
    {
        var rows = report.People.Select(p => (Figures: p.Figures, User: p.Figures.User, Shown: p.DisplayName, Flags: string.Join(" ", p.Flags.Select(x => x.Figure))))
            .Append((Figures: report.Team, User: TeamUser, Shown: TeamUser, Flags: ""))
            .SelectMany(p => p.Figures.Currencies.Select(c => (p.Figures, p.User, p.Shown, p.Flags, Currency: c))).ToList();
        var sheet = new SheetModel<(PersonFigures F, string User, string Shown, string Flags, string Currency)>("team", rows)
            .Text("user", r => r.User).Integer("claims", r => r.F.Claims).Integer("incidentsReported", r => r.F.IncidentsReported)
            .Decimal("medianDaysIncidentToReport", r => r.F.MedianDaysIncidentToReport)
            .Decimal("medianDaysReportToFile", r => r.F.MedianDaysReportToFile)
            .Decimal("filedInWindowRate", r => Four(r.F.FiledInWindowRate)).Integer("missedWindows", r => r.F.MissedWindows)
            .Text("currency", r => r.Currency)
            .Decimal("missedAmount", r => Money(r.F.MissedAmount.GetValueOrDefault(r.Currency), r.Currency))
            .Decimal("claimed", r => Money(r.F.Claimed.GetValueOrDefault(r.Currency), r.Currency))
            .Decimal("recovered", r => Money(r.F.Recovered.GetValueOrDefault(r.Currency), r.Currency))
            .Decimal("recoveryRate", r => r.F.RecoveryRate.TryGetValue(r.Currency, out var rate) ? Four(rate) : null)
            .Integer("openClaims", r => r.F.OpenClaims).Integer("overdueClaims", r => r.F.OverdueClaims)
            .Text("flags", r => r.Flags).Text("displayName", r => r.Shown);
        using var buffer = new MemoryStream();
        await CsvExport.WriteAsync(sheet, buffer, ct);
        return new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
    }

    public static async Task TableAsync(TeamReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Team figures, claims reported {report.From} to {report.To}, as of {report.Today:yyyy-MM-dd} (团队指标)");
        await output.WriteLineAsync(string.Join("  ", Pad("user", 16), "claims", "report d", "file d", "in window", "missed", "recovery", "open", "overdue", "flags"));
        foreach (var (f, shown, flags) in report.People.Select(p => (p.Figures, p.DisplayName, p.Flags)).Append((report.Team, TeamUser, [])))
        {
            var recovery = string.Join(" ", f.RecoveryRate.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{Percent(r.Value)} {r.Key}"));
            await output.WriteLineAsync(string.Join("  ",
                Pad(shown, 16), $"{f.Claims,6}", $"{Text(f.MedianDaysIncidentToReport),8}", $"{Text(f.MedianDaysReportToFile),6}",
                $"{Percent(f.FiledInWindowRate),9}", $"{f.MissedWindows,6}", $"{(recovery.Length == 0 ? "-" : recovery),8}", $"{f.OpenClaims,4}",
                $"{f.OverdueClaims,7}", string.Join(",", flags.Select(x => x.Figure))));
        }
        foreach (var line in report.People.Where(p => p.Flags.Count > 0))
            foreach (var flag in line.Flags)
                await output.WriteLineAsync($"  {line.DisplayName}: {flag.English} / {flag.Chinese}");
    }

    private static Dictionary<string, decimal> PerCurrency(IReadOnlyDictionary<string, decimal> sums) =>
        sums.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => Code(s.Key), s => Money(s.Value, s.Key));

    // A claim not yet assessed has no currency: its figures are kept under "".
    private static string Code(string currency) => currency.Length == 0 ? "none" : currency;
}
