using Wolverine.Attributes;

namespace Claims.Lifecycle;

// Scheduled follow-ups. Each carries only the claim id: its handler re-reads the claim and decides from the
// state it finds, so a message that arrives late, twice, or after the claim moved on does the right thing.

/// <summary>The carrier's time to answer has run out: deem the claim accepted if the contract says so.</summary>
[MessageIdentity("CheckCarrierResponse")]
public sealed record CheckCarrierResponse(string ClaimId);

/// <summary>The carrier's time to pay has run out: deduct the unpaid remainder from its deposit if the contract says so.</summary>
[MessageIdentity("CheckPayment")]
public sealed record CheckPayment(string ClaimId);

/// <summary>The filing window is about to close on a claim not yet filed.</summary>
[MessageIdentity("CheckFilingDeadline")]
public sealed record CheckFilingDeadline(string ClaimId);
