using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Penalties;
using Claims.Register;
using Claims.Web.Localization;
using Claims.Web.Security;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Carriers;

/// <summary>
/// Carriers and their deposits: balances against the contract minimum, top-up requests, a carrier's ledger, lodging a
/// deposit; the service-level penalties the carrier owes and recording what it paid towards them.
/// </summary>
public sealed class IndexModel(CarrierQueries queries, PenaltyRegister penalties, ClaimCommands commands, PenaltyCommands penaltyCommands,
    Claims.Users.UserDirectory users, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Reference { get; set; }
    /// <summary>The penalty a payment is for, as "yyyy-mm|id".</summary>
    [BindProperty] public string? Penalty { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int LedgerPageNumber { get; set; } = 1;
    /// <summary>What was just recorded ("lodged"), for the confirmation.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public IReadOnlyList<CarrierRow> Carriers { get; private set; } = [];
    public LedgerPage Ledger { get; private set; } = new([], 0, 1, CarrierQueries.LedgerPageSize);
    public IReadOnlyList<PenaltyRow> Penalties { get; private set; } = [];
    public Claims.Users.DisplayNames Names { get; private set; } = Claims.Users.DisplayNames.None;
    public string? Error { get; private set; }
    public string? PenaltyError { get; private set; }
    public DateOnly Today => time.Today();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.May(Permission.LodgeDeposit))
            return Forbid();
        var (amount, on) = AmountAndDate();
        if (string.IsNullOrWhiteSpace(Code) || amount is null || on is null)
            Error = Text.T("report.error.amount");
        else
        {
            var outcome = await commands.LodgeDepositAsync(Code.Trim().ToUpperInvariant(), new LodgeDeposit(on.Value, amount.Value, GivenReference),
                new Actor(User.Identity!.Name!), ct);
            if (outcome.Refusal is null)
                return Redirect($"/carriers?code={Uri.EscapeDataString(Code)}&done=lodged#ledger");
            Error = Refusals.Describe(outcome.Refusal);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPenaltyAsync(CancellationToken ct)
    {
        if (!User.May(Permission.RecordPayment))
            return Forbid();
        var (amount, on) = AmountAndDate();
        var key = PenaltyKey(Penalty);
        if (string.IsNullOrWhiteSpace(Code) || key is null)
            PenaltyError = Text.T("carrier.penalty-choose");
        else if (amount is null || on is null)
            PenaltyError = Text.T("report.error.amount");
        else
        {
            var (year, month, id) = key.Value;
            var outcome = await penaltyCommands.PayAsync(Code.Trim().ToUpperInvariant(),
                new RecordPenaltyPayment(year, month, id, on.Value, amount.Value, GivenReference),
                new Actor(User.Identity!.Name!), ct);
            if (outcome.Refusal is null)
                return Redirect($"/carriers?code={Uri.EscapeDataString(Code)}&done=penalty-paid#penalties");
            PenaltyError = Refusals.Describe(outcome.Refusal);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private string? GivenReference => string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim();

    /// <summary>Both forms' money and business date (today when left empty); null where the text is not one.</summary>
    private (decimal? Amount, DateOnly? On) AmountAndDate() =>
        (Formats.ParseAmount(Amount), string.IsNullOrWhiteSpace(On) ? Today : Formats.ParseDate(On));

    /// <summary>"2026-03|10.1" as the penalty's year, month and id; null when it is not one.</summary>
    private static (int Year, int Month, string Id)? PenaltyKey(string? value)
    {
        var parts = value?.Split('|', 2);
        if (parts is not [var month, var id] || id.Length == 0 || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out var first))
            return null;
        return (first.Year, first.Month, id);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Carriers = await queries.ListAsync(ct);
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Ledger = await queries.LedgerAsync(Code.Trim().ToUpperInvariant(), LedgerPageNumber, ct);
            Penalties = await penalties.ListAsync(Code.Trim().ToUpperInvariant(), ct);
            Names = await users.DisplayNamesAsync(ct);
        }
    }
}
