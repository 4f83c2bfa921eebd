using Claims.Documents.Excel;
using Claims.Managers;
using Claims.Managers.Team;

namespace Claims.Finance.Exports;

/// <summary>
/// "Team 团队指标": each person's figures and the whole team's (<see cref="TeamFigures"/>), one line per person and
/// currency, with why a person is marked worse than the team in both languages. The export's period chooses the months
/// of report (default: the twelve up to and including this one); its carrier and status filters do not apply, the
/// figures are the team's across carriers.
/// </summary>
internal static class TeamSheet
{
    public const string Name = "Team 团队指标";
    public const string WholeTeam = "团队整体 Whole team";

    public sealed record Line(PersonFigures Figures, string Person, string Currency, string Flags);

    public static async IAsyncEnumerable<Line> LinesAsync(TeamFigures team, ExportFilter filter, DateOnly today,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var to = filter.To is { } t ? YearMonth.Of(t) : YearMonth.Of(today);
        var from = filter.From is { } f ? YearMonth.Of(f) : to.AddMonths(-11);
        var report = await team.ReadAsync(from, to, today, ct);
        var people = report.People.Select(p => (p.Figures, Person: p.DisplayName,
            Flags: string.Join("\n", p.Flags.Select(x => $"{x.Chinese} {x.English}"))));
        foreach (var (figures, person, flags) in people.Append((report.Team, WholeTeam, "")))
            foreach (var currency in figures.Currencies)
                yield return new Line(figures, person, currency, flags);
    }

    // Shares are computed exactly (0.9941775836972343522561863173); the sheet holds what its 0.00% format shows.
    private static decimal? Share(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    public static SheetModel<Line> Create(IAsyncEnumerable<Line> lines) =>
        new SheetModel<Line>(Name, lines)
            .Text("人员 Person", l => l.Person)
            .Integer("登记单数 Incidents", l => l.Figures.IncidentsReported)
            .Decimal("事故到登记天数（中位）Days incident to report (median)", l => l.Figures.MedianDaysIncidentToReport, NumberFormats.Decimal2)
            .Decimal("登记到提交天数（中位）Days report to filing (median)", l => l.Figures.MedianDaysReportToFile, NumberFormats.Decimal2)
            .Percent("时效内提交 Filed in window", l => Share(l.Figures.FiledInWindowRate))
            .Integer("错过时效 Windows missed", l => l.Figures.MissedWindows)
            .Text(Headers.Currency, l => l.Currency)
            .Money("错过时效损失 Lost to missed windows", l => l.Figures.MissedAmount.GetValueOrDefault(l.Currency), l => l.Currency)
            .Money(Headers.Claimed, l => l.Figures.Claimed.GetValueOrDefault(l.Currency), l => l.Currency)
            .Money("已追回 Recovered", l => l.Figures.Recovered.GetValueOrDefault(l.Currency), l => l.Currency)
            .Percent("追回率 Recovery rate", l => l.Figures.RecoveryRate.TryGetValue(l.Currency, out var rate) ? Share(rate) : null)
            .Integer("未结 Open", l => l.Figures.OpenClaims)
            .Integer("已逾期 Overdue", l => l.Figures.OverdueClaims)
            .Text("低于团队水平 Worse than the team", l => l.Flags, width: 60);
}
