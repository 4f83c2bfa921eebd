using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Ending;
using Claims.Lifecycle.Filing;
using Claims.Lifecycle.Notes;
using Claims.Lifecycle.Overriding;
using Claims.Lifecycle.Paying;
using Claims.Web.Localization;
using Claims.Web.Security;

namespace Claims.Web.Work;

/// <summary>What a person typed for a step (form fields or API JSON): dates as yyyy-MM-dd, amounts as people write them (1,299.50, ¥200).</summary>
public sealed record StepInput(string? On = null, string? Amount = null, string? Reason = null, string? Reference = null, string? Answer = null);

/// <summary>One step of a claim's life as the web offers it: who may take it and the pure decision it runs.</summary>
public sealed record ClaimStep(string Name, Permission Permission, Func<ClaimState, ClaimTerms, DateOnly, Decision> Decide);

/// <summary>
/// The steps pages and API share: file, answer (accept / dispute / counter), pay, waive, close, reopen, override, note.
/// Input that cannot be read (a malformed date or amount) is refused here, before any handler runs.
/// </summary>
public static class ClaimSteps
{
    public static readonly IReadOnlyDictionary<string, Permission> Permissions = new Dictionary<string, Permission>
    {
        ["file"] = Permission.FileClaim,
        ["answer"] = Permission.RecordAnswer,
        ["pay"] = Permission.RecordPayment,
        ["waive"] = Permission.WaiveClaim,
        ["close"] = Permission.CloseClaim,
        ["reopen"] = Permission.ReopenClaim,
        ["override"] = Permission.OverrideAmount,
        ["note"] = Permission.AddNote,
    };

    public static (ClaimStep? Step, Refusal? Refusal) Build(string name, StepInput input)
    {
        if (!Permissions.TryGetValue(name, out var permission))
            return (null, new Refusal("step.unknown", $"There is no step '{name}'."));
        // NUL is no text PostgreSQL stores: refused with a reason here, not a server error at the save.
        if (new[] { input.On, input.Amount, input.Reason, input.Reference, input.Answer }.Any(t => t?.Contains('\0') == true))
            return (null, new Refusal("text.nul", "The text holds a NUL character (\\0), which no field may hold. Type it again."));
        DateOnly? on = null;
        if (!string.IsNullOrWhiteSpace(input.On) && (on = Formats.ParseDate(input.On)) is null)
            return (null, new Refusal("date.invalid", $"'{input.On}' is not a date (yyyy-MM-dd)."));
        decimal? amount = null;
        string? sign = null;
        if (!string.IsNullOrWhiteSpace(input.Amount) && (amount = Formats.ParseAmount(input.Amount, out sign)) is null)
            return (null, new Refusal("amount.invalid", $"'{input.Amount}' is not an amount (such as 1,299.50)."));
        Func<ClaimState, ClaimTerms, DateOnly, Decision>? decide = name switch
        {
            "file" => (c, terms, today) => FileClaimHandler.Decide(c, new FileClaim(on ?? today), terms, today),
            "answer" => Answer(input.Answer, on, amount, input.Reason),
            "pay" => amount is { } paid
                ? (c, _, today) => RecordPaymentHandler.Decide(c, new RecordPayment(on ?? today, paid, Blank(input.Reference)), today)
                : null,
            "waive" => (c, _, _) => EndClaimHandler.Decide(c, new WaiveClaim(input.Reason ?? "")),
            "close" => (c, _, _) => EndClaimHandler.Decide(c, new CloseClaim(Blank(input.Reason))),
            "reopen" => (c, _, _) => EndClaimHandler.Decide(c, new ReopenClaim(input.Reason ?? "")),
            "override" => amount is { } set ? (c, _, _) => OverrideAssessmentHandler.Decide(c, new OverrideAssessment(set, input.Reason ?? "", null)) : null,
            _ => (c, _, _) => AddNoteHandler.Decide(c, new AddNote(input.Reason ?? "")),
        };
        if (decide is null)
            return (null, new Refusal("amount.missing", "Give the amount."));
        if (sign is not null)
        {
            var inner = decide;
            decide = (c, terms, today) => Formats.SignFits(sign, c.Currency) ? inner(c, terms, today)
                : Decision.Refuse("amount.currency", $"'{input.Amount}' is not in {c.Currency}, the claim's currency.");
        }
        return (new ClaimStep(name, permission, decide), null);
    }

    private static Func<ClaimState, ClaimTerms, DateOnly, Decision>? Answer(string? answer, DateOnly? on, decimal? amount, string? reason) =>
        answer?.Trim().ToLowerInvariant() switch
        {
            "accept" => (c, terms, today) => RecordAnswerHandler.Decide(c, new RecordAcceptance(on ?? today, amount), terms, today),
            "dispute" => (c, _, today) => RecordAnswerHandler.Decide(c, new RecordDispute(on ?? today, reason ?? ""), today),
            "counter" => amount is { } offer ? (c, _, today) => RecordAnswerHandler.Decide(c, new RecordCounterOffer(on ?? today, offer, reason), today) : null,
            _ => (_, _, _) => Decision.Refuse("answer.kind", "Say whether the carrier accepted, disputed or made a counter-offer."),
        };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
