using Claims.Documents.Charts;
using Claims.Managers;
using Claims.Managers.Charts;
using Claims.Register;
using Claims.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Managers;

/// <summary>
/// Managers' page: the carriers compared over a period (table and charts), one carrier's scorecards by month, and the
/// volume reallocation proposal for a month. All of it reads projections; nothing here changes data, so it is all GET.
/// </summary>
public sealed class IndexModel(CarrierComparison comparison, Reallocation reallocation, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Carrier { get; set; }

    public (YearMonth From, YearMonth To)? Period { get; private set; }
    public ComparisonReport? Report { get; private set; }
    public IReadOnlyList<string> Charts { get; private set; } = [];
    public ReallocationView Proposal { get; private set; } = ReallocationView.None;

    /// <summary>The chosen carrier's months (carrier and currency of the first match), oldest first.</summary>
    public IReadOnlyList<CarrierMonth> Scorecards =>
        Report?.Months.Where(m => string.Equals(m.Carrier, SelectedCarrier, StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Currency, StringComparer.Ordinal).ThenBy(m => m.Month).ToList() ?? [];

    public string? SelectedCarrier => string.IsNullOrWhiteSpace(Carrier) ? Report?.Carriers.FirstOrDefault()?.Carrier : Carrier.Trim();

    public async Task OnGetAsync([FromQuery] ReallocationForm realloc, CancellationToken ct)
    {
        var today = time.Today();
        Period = ManagerPeriod.Read(From, To, today);
        Proposal = await ReallocationPage.ProposeAsync(reallocation, realloc, today, ct);
        if (Period is not { } period)
            return;
        From = period.From.ToString();
        To = period.To.ToString();
        Report = await comparison.CompareAsync(new ComparisonRequest(period.From, period.To), ct);
        var language = Languages.IsChinese ? "zh" : "en";
        Charts = ManagerCharts.All(Report, language).Select(c => SvgChart.Render(c, ChartLabels.For(language))).ToList();
    }
}
