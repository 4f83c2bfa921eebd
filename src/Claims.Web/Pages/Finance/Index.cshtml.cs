using System.Globalization;
using Claims.Register;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Finance;

/// <summary>Finance's home: the register export with filters, and the claim and carrier-month packets.</summary>
public sealed class IndexModel(ClaimQueries queries, TimeProvider time) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];
    public string LastMonth => time.Today().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => Carriers = await queries.CarriersAsync(ct);
}
