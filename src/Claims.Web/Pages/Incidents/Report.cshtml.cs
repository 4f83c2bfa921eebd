using Claims.Contracts.Model;
using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Claims.Web.Localization;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Incidents;

/// <summary>The incident form: checked field by field, then reported (and assessed) through the same service as the CLI and API.</summary>
[RequestSizeLimit(EvidenceUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploads.MaxRequestBytes)]
public sealed class ReportModel(
    ClaimReporting reporting, ClaimQueries queries, ClaimReader reader, ContractRegistry contracts, EvidenceStore evidence, TimeProvider time) : PageModel
{
    [BindProperty] public IncidentForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Files over the evidence limit: the form comes back with everything typed, nothing is recorded.</summary>
    public IReadOnlyList<string> TooLarge { get; private set; } = [];

    public long MaxFileBytes => evidence.MaxBytes;
    public string? Refusal { get; private set; }

    /// <summary>The claim this waybill already has, when the form was sent without saying to add to it.</summary>
    public ClaimDetails? Existing { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];

    /// <summary>For each "CARRIER:incident", the facts its contract's clauses read (what the form asks for).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FactsUsed { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public DateOnly Today => time.Today();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.IncidentOn = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form.SubmissionId = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        var (incident, errors) = Form.Check(Today);
        TooLarge = EvidenceUploads.TooLarge(files, evidence.MaxBytes);
        if (incident is not null && TooLarge.Count == 0)
        {
            var claimId = ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction);
            var existing = await reader.ReadAsync(claimId, ct);
            // Sent before (a second click, a resent page): show what the first one recorded, add nothing.
            if (incident.SubmissionId is { } submission && existing is not null && existing.State.Submissions.Contains(submission))
                return Redirect($"/claims/view?id={Uri.EscapeDataString(claimId)}&done=already");
            // The waybill has a claim already: the same parcel reported again (the back button brings the form back with
            // a new submission id, and Chromium refills it) is asked about, with the form kept, before anything is added.
            if (existing is not null && !Form.AddToExisting)
            {
                Existing = existing;
                await LoadAsync(ct);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
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
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Carriers = await queries.CarriersAsync(ct);
        if (await contracts.GetAsync(ct) is not { } set)
            return;
        var day = Formats.ParseDate(Form.ShippedOn) ?? Formats.ParseDate(Form.IncidentOn) ?? Today;
        FactsUsed = Carriers
            .SelectMany(c => IncidentTypeNames.All.Select(t => (c.Code, Type: t)))
            .ToDictionary(x => $"{x.Code}:{x.Type}", x =>
                IncidentTypeNames.TryParse(x.Type, out var type) ? set.FactsUsed(x.Code, type, day) : (IReadOnlyList<string>)[]);
    }
}
