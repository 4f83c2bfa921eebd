using Wolverine.Attributes;

namespace Claims.Penalties;

/// <summary>
/// A penalty's time to pay has run out: deduct what is still owed from the carrier's deposit if the contract says so.
/// Carries only the penalty's key; the handler re-reads the carrier, so a message that runs late, twice, or after the
/// penalty was paid, re-judged or withdrawn decides from what it finds.
/// </summary>
[MessageIdentity("CheckPenaltyPayment")]
public sealed record CheckPenaltyPayment(string Carrier, int Year, int Month, string Id);
