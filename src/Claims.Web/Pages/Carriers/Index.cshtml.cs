using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Web.Localization;
using Claims.Web.Security;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Carriers;

/// <summary>Carriers and their deposits: balances against the contract minimum, top-up requests, a carrier's ledger, lodging a deposit.</summary>
public sealed class IndexModel(CarrierQueries queries, ClaimCommands commands, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Reference { get; set; }

    public IReadOnlyList<CarrierRow> Carriers { get; private set; } = [];
    public IReadOnlyList<LedgerRow> Ledger { get; private set; } = [];
    public IReadOnlyList<PenaltyRow> Penalties { get; private set; } = [];
    public string? Error { get; private set; }
    public DateOnly Today => time.Today();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.May(Permission.LodgeDeposit))
            return Forbid();
        var amount = Formats.ParseAmount(Amount);
        var on = string.IsNullOrWhiteSpace(On) ? Today : Formats.ParseDate(On);
        if (string.IsNullOrWhiteSpace(Code) || amount is null || on is null)
            Error = Text.T("report.error.amount");
        else
        {
            var outcome = await commands.LodgeDepositAsync(Code.Trim().ToUpperInvariant(), new LodgeDeposit(on.Value, amount.Value, string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim()),
                new Actor(User.Identity!.Name!), ct);
            if (outcome.Refusal is null)
                return Redirect($"/carriers?code={Uri.EscapeDataString(Code)}");
            Error = Refusals.Describe(outcome.Refusal);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Carriers = await queries.ListAsync(ct);
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Ledger = await queries.LedgerAsync(Code.Trim().ToUpperInvariant(), ct);
            Penalties = await queries.PenaltiesAsync(Code.Trim().ToUpperInvariant(), ct);
        }
    }
}
