using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle.Paying;

namespace Claims.Lifecycle;

/// <summary>
/// A claim as its events leave it. Immutable: each event gives a new state through <see cref="Apply"/>.
/// Money is in <see cref="Currency"/>, the currency of the contract the claim was assessed under.
/// </summary>
public sealed record ClaimState : IAggregate<ClaimState>
{
    public static ClaimState Empty { get; } = new();

    public string Id { get; init; } = "";
    public bool Exists { get; init; }
    public IncidentReported? Incident { get; init; }
    public ClaimStatus Status { get; init; }

    public string? Contract { get; init; }
    public string? Clause { get; init; }
    public int? Page { get; init; }
    public string? Title { get; init; }
    public decimal? AssessedAmount { get; init; }
    public string? Currency { get; init; }
    public string? Trace { get; init; }
    public string? ManualReason { get; init; }
    public DateOnly? FileBy { get; init; }
    public bool OutOfWindow { get; init; }
    public decimal? OverriddenAmount { get; init; }
    public string? OverrideReason { get; init; }

    public DateOnly? FiledOn { get; init; }
    public DateOnly? RespondBy { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public decimal? CounterOffer { get; init; }
    public string? DisputeReason { get; init; }
    public DateOnly? AcceptedOn { get; init; }
    public decimal? AcceptedAmount { get; init; }
    public bool DeemedAccepted { get; init; }
    public DateOnly? PayBy { get; init; }
    public DateOnly? LastPaymentOn { get; init; }
    public decimal Received { get; init; }
    public decimal Deducted { get; init; }
    public ClaimStatus? StatusBeforeEnd { get; init; }
    public IReadOnlySet<string> Evidence { get; init; } = new HashSet<string>();

    /// <summary>The bank references of the payments recorded, and the day each was received: one transfer is one payment.</summary>
    public IReadOnlyDictionary<string, DateOnly> PaymentReferences { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>The forms and requests that reported incidents on this claim (a resubmission adds nothing).</summary>
    public IReadOnlySet<string> Submissions { get; init; } = new HashSet<string>();

    /// <summary>What the shop asks for: the manager's override if any, else the engine's amount.</summary>
    public decimal? ClaimAmount => OverriddenAmount ?? AssessedAmount;

    /// <summary>What is still owed: of the accepted amount once the carrier accepted, else of the claim amount.</summary>
    public decimal Outstanding =>
        Status.IsEnded() ? 0m : Math.Max(0m, (AcceptedAmount ?? ClaimAmount ?? 0m) - Received - Deducted);

    public bool IsAccepted => AcceptedAmount is not null;

    public ClaimState Apply(object @event) => @event switch
    {
        IncidentReported e => this with { Id = e.ClaimId, Exists = true, Incident = e, Submissions = With(Submissions, e.SubmissionId) },
        AdditionalIncidentReported e => this with { Submissions = With(Submissions, e.SubmissionId) },
        ClaimAssessed e => this with
        {
            Status = ClaimStatus.Assessed, Contract = e.Contract, Clause = e.Clause, Page = e.Page, Title = e.Title,
            AssessedAmount = e.Amount, Currency = e.Currency, Trace = e.Trace, FileBy = e.FileBy,
            OutOfWindow = e.OutOfWindow, ManualReason = null,
        },
        ClaimNeedsManualAssessment e => this with
        {
            Status = ClaimStatus.Manual, ManualReason = e.Reason, Contract = e.Contract, Currency = e.Currency,
            FileBy = e.FileBy, OutOfWindow = e.OutOfWindow,
        },
        AssessmentOverridden e => this with
        {
            OverriddenAmount = e.Amount, OverrideReason = e.Reason, Currency = e.Currency,
            Status = Status == ClaimStatus.Manual ? ClaimStatus.Assessed : Status,
        },
        EvidenceAttached e => this with { Evidence = new HashSet<string>(Evidence) { e.Sha256 } },
        ClaimFiled e => this with { Status = ClaimStatus.Filed, FiledOn = e.On, RespondBy = e.RespondBy },
        CarrierAccepted e => Accept(e.On, e.Amount, e.PayBy, deemed: false),
        CarrierDeemedAccepted e => Accept(e.On, e.Amount, e.PayBy, deemed: true),
        CarrierDisputed e => this with { Status = ClaimStatus.Disputed, AnsweredOn = e.On, DisputeReason = e.Reason },
        CarrierCounterOffered e => this with { Status = ClaimStatus.Countered, AnsweredOn = e.On, CounterOffer = e.Amount },
        PaymentReceived e => Settle(this with
        {
            Received = Received + e.Amount, LastPaymentOn = e.On,
            PaymentReferences = PaymentRules.Key(e.Reference) is { } key
                ? new Dictionary<string, DateOnly>(PaymentReferences, StringComparer.Ordinal) { [key] = e.On }
                : PaymentReferences,
        }),
        DeductedFromDeposit e => Settle(this with { Deducted = Deducted + e.Amount }),
        ClaimWaived => this with { StatusBeforeEnd = Status, Status = ClaimStatus.Waived },
        ClaimClosed => this with { StatusBeforeEnd = Status, Status = ClaimStatus.Closed },
        ClaimReopened => this with { Status = StatusBeforeEnd ?? ClaimStatus.Assessed, StatusBeforeEnd = null },
        _ => this,
    };

    private ClaimState Accept(DateOnly on, decimal amount, DateOnly? payBy, bool deemed) => Settle(this with
    {
        Status = ClaimStatus.Accepted, AnsweredOn = on, AcceptedOn = on, AcceptedAmount = amount, PayBy = payBy,
        DeemedAccepted = deemed,
    });

    private static IReadOnlySet<string> With(IReadOnlySet<string> set, string? item) =>
        item is null ? set : new HashSet<string>(set) { item };

    private static ClaimState Settle(ClaimState s) =>
        s.IsAccepted && s.Outstanding == 0m && !s.Status.IsEnded() ? s with { Status = ClaimStatus.Paid } : s;

    public static ClaimState From(IEnumerable<object> events) => events.Aggregate(Empty, (s, e) => s.Apply(e));

    /// <summary>The claim's stream id: carrier first so a distributed PostgreSQL can shard by carrier.</summary>
    /// <summary>The carrier code a claim id names, or null for an id of another shape.</summary>
    public static string? CarrierOf(string claimId) =>
        claimId.Split(':') is ["claim", var carrier, _, _] ? carrier : null;

    public static string StreamId(string carrier, string waybill, Direction direction) =>
        // Every way in checks the parts; a part with the separator here is a bug that would merge two claims.
        ClaimIdParts.IsValid(carrier) && ClaimIdParts.IsValid(waybill)
            ? $"claim:{carrier}:{waybill}:{DirectionNames.Name(direction)}"
            : throw new ArgumentException($"'{carrier}' / '{waybill}' cannot be part of a claim id (':' or a control character, or too long).");
}
