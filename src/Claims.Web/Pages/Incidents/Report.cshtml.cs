using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Incidents;

/// <summary>The incident form: checked field by field, then reported (and assessed) through the same service as the CLI and API.</summary>
public sealed class ReportModel(ClaimReporting reporting, ClaimQueries queries, EvidenceStore evidence, TimeProvider time) : PageModel
{
    [BindProperty] public IncidentForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Refusal { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];
    public DateOnly Today => time.Today();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.IncidentOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Carriers = await queries.CarriersAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var (incident, errors) = Form.Check(Today);
        if (incident is not null)
        {
            var outcome = await reporting.ReportAsync(incident, new Actor(User.Identity!.Name!), ct);
            if (outcome.Refusal is null)
            {
                var refused = await EvidenceUploads.AttachAllAsync(evidence, outcome.ClaimId, files, new Actor(User.Identity!.Name!), ct);
                if (refused.Count > 0)
                    TempData["EvidenceRefused"] = string.Join("\n", refused);
                return Redirect($"/claims/view?id={Uri.EscapeDataString(outcome.ClaimId)}&done={(outcome.Created ? "reported" : "added")}");
            }
            Refusal = Refusals.Describe(outcome.Refusal);
        }
        Errors = errors;
        Carriers = await queries.CarriersAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
