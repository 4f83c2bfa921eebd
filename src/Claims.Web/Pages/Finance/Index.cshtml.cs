using System.Globalization;
using Claims.Register;
using Claims.Web.Work;
using Claims.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Finance;

/// <summary>Finance's home: the register export with filters, and the claim and carrier-month packets.</summary>
public sealed class IndexModel(ClaimQueries queries, TimeProvider time) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];
    public string LastMonth => time.Today().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>What was typed into a packet form that came back (kept), and why it came back.</summary>
    [FromQuery(Name = "claim")] public string? Claim { get; set; }
    [FromQuery(Name = "carrier")] public string? Carrier { get; set; }
    [FromQuery(Name = "month")] public string? Month { get; set; }
    [FromQuery(Name = "date")] public string? Date { get; set; }
    [FromQuery(Name = "error")] public string? Error { get; set; }

    /// <summary>The error in the reader's language, or null when there is none (or it is not one the page knows).</summary>
    public string? ErrorText => Error is { } code && Texts.All.ContainsKey("finance.error." + code) ? Text.T("finance.error." + code, Claim ?? Month ?? Date ?? "") : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Carriers = await queries.CarriersAsync(ct);
        if (ErrorText is not null)
            Response.StatusCode = Error is "month.invalid" or "date.invalid" ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
    }
}
