using Claims.Register;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Work;

/// <summary>The work queue and the register share this: filters from the query string, one page of rows.</summary>
public abstract class ClaimListModel(ClaimQueries queries, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Carrier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ClaimList List { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public abstract bool OpenOnly { get; }
    public abstract string TitleKey { get; }

    public virtual async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.Today();
        List = await queries.ListAsync(new ClaimFilter(Carrier, Status, Due, Overdue, OpenOnly, PageNumber, Search: Search), Today, ct);
        Carriers = await queries.CarriersAsync(ct);
    }

    /// <summary>This list's address with the same filters on another page.</summary>
    public string PageUrl(int page) =>
        $"{Request.Path}?carrier={Uri.EscapeDataString(Carrier ?? "")}&status={Uri.EscapeDataString(Status ?? "")}&due={Uri.EscapeDataString(Due ?? "")}&overdue={Overdue.ToString().ToLowerInvariant()}&q={Uri.EscapeDataString(Search ?? "")}&p={page}";
}
