using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Web.Work;
using Claims.Web.Localization;
using Claims.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Work;

/// <summary>One claim: facts, assessment with its clause, timeline, evidence, and the steps the person's role may take.</summary>
[RequestSizeLimit(EvidenceUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploads.MaxRequestBytes)]
public sealed class ViewModel(ClaimReader reader, ClaimActions actions, EvidenceStore evidence, ClaimQueries queries, Claims.Users.UserDirectory users, TimeProvider time)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public long Version { get; set; }
    [BindProperty] public string Step { get; set; } = "";
    [BindProperty] public StepInput Input { get; set; } = new();

    public ClaimDetails? Claim { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Carriers { get; private set; } = [];
    public Claims.Users.DisplayNames Names { get; private set; } = Claims.Users.DisplayNames.None;
    public string? Error { get; private set; }
    public bool Conflict { get; private set; }
    public string? Done { get; private set; }
    public TimeZoneInfo Zone => time.LocalTimeZone;
    public long MaxFileBytes => evidence.MaxBytes;
    public DateOnly Today => time.Today();

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        await ReadAsync(ct);
        Done = done is not null && Texts.All.ContainsKey("claim.done." + done) ? done : null;
        return Claim is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (!User.May(Permission.UploadEvidence))
            return Forbid();
        if (await reader.ReadAsync(Id, ct) is null)
            return NotFound();
        var refused = EvidenceUploads.TooLarge(files, evidence.MaxBytes) is { Count: > 0 } tooLarge
            ? tooLarge
            : await EvidenceUploads.AttachAllAsync(evidence, Id, files, new Actor(User.Identity!.Name!), ct);
        if (refused.Count > 0)
            TempData["EvidenceRefused"] = string.Join("\n", refused);
        return Redirect($"/claims/view?id={Uri.EscapeDataString(Id)}" + (refused.Count == 0 ? "&done=evidence" : ""));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (step, invalid) = ClaimSteps.Build(Step, Input);
        if (step is not null && !User.May(step.Permission))
            return Forbid();
        try
        {
            var outcome = step is null ? CommandOutcome.Refused(invalid!) : await actions.RunAsync(Id, Version, step, new Actor(User.Identity!.Name!), ct);
            if (outcome.Refusal is null)
                return Redirect($"/claims/view?id={Uri.EscapeDataString(Id)}&done={Step}");
            Error = Refusals.Describe(outcome.Refusal);
        }
        catch (ConcurrencyException)
        {
            Conflict = true;
        }
        await ReadAsync(ct);
        Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Claim is null ? NotFound() : Page();
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        Claim = await reader.ReadAsync(Id, ct);
        Carriers = await queries.CarriersAsync(ct);
        Names = await users.DisplayNamesAsync(ct);
    }
}
