using Claims.Contracts.Model;

namespace Claims.Lifecycle;

// The claim stream's events (DESIGN.md, "Streams and events"). Who and when a fact was recorded is in the
// event metadata; the business date a fact happened on (`On`) is part of the event because it may be
// earlier than the day it was recorded, and deadlines run from it.

/// <summary>
/// The incident that opened the claim, with the facts the contract engine assesses. <see cref="Missing"/> names the
/// facts left blank (stored as 0; events written before it existed had none).
/// </summary>
public sealed record IncidentReported(
    string ClaimId,
    string Carrier,
    string Waybill,
    Direction Direction,
    IncidentType Incident,
    DateOnly ShippedOn,
    DateOnly IncidentOn,
    decimal GoodsValue,
    decimal DeclaredValue,
    decimal Freight,
    decimal? ClaimedAmount,
    decimal WeightKg,
    int DaysLate,
    string? OrderId,
    string? Note,
    DateOnly ReportedOn,
    MissingFacts Missing = MissingFacts.None,
    string? SubmissionId = null);

/// <summary>A later report for a waybill and direction that already has a claim: kept on the same claim.</summary>
public sealed record AdditionalIncidentReported(IncidentType Incident, DateOnly IncidentOn, string? Note, DateOnly ReportedOn, string? SubmissionId = null);

/// <summary>What the contract says the carrier owes, with the clause it rests on.</summary>
public sealed record ClaimAssessed(
    string Contract,
    string Clause,
    int Page,
    string Title,
    decimal Amount,
    string Currency,
    string Trace,
    DateOnly? FileBy,
    bool OutOfWindow);

/// <summary>The engine could not compute an amount; a person must decide (the reason says why).</summary>
public sealed record ClaimNeedsManualAssessment(string Reason, string? Contract, string? Currency, DateOnly? FileBy, bool OutOfWindow);

/// <summary>A manager set the amount by hand; the computed amount stays on record beside it.</summary>
public sealed record AssessmentOverridden(decimal Amount, string Currency, string Reason);

public sealed record EvidenceAttached(string Sha256, string FileName, string ContentType, long SizeBytes);

public sealed record ClaimFiled(DateOnly On, decimal Amount, DateOnly? RespondBy);

public sealed record CarrierAccepted(DateOnly On, decimal Amount, DateOnly? PayBy);

public sealed record CarrierDeemedAccepted(DateOnly On, decimal Amount, DateOnly? PayBy);

public sealed record CarrierDisputed(DateOnly On, string Reason);

/// <summary>The carrier offered another amount; the reason it gave is kept (events written before it existed have none).</summary>
public sealed record CarrierCounterOffered(DateOnly On, decimal Amount, string? Reason = null);

public sealed record PaymentReceived(DateOnly On, decimal Amount, string? Reference);

/// <summary>The overdue remainder (or as much of it as the deposit held) taken from the carrier's deposit.</summary>
public sealed record DeductedFromDeposit(DateOnly On, decimal Amount, decimal RemainingOutstanding);

public sealed record ClaimWaived(string Reason);

public sealed record ClaimClosed(string? Reason);

public sealed record ClaimReopened(string Reason);

public sealed record NoteAdded(string Text);

/// <summary>The filing window closes soon on a claim still not filed (a reminder on the claim's timeline).</summary>
public sealed record FilingDeadlineApproaching(DateOnly FileBy);
