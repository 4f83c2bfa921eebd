namespace Claims.Managers;

/// <summary>
/// Propose volume shares for Month from the recent months before it. Per-carrier bounds and capacities, and the
/// largest change in share per month, come from configuration (Managers:Reallocation).
/// </summary>
public sealed record ReallocationRequest(YearMonth Month, int MinCarriers = 3, decimal MaxShare = 0.5m);

/// <summary>
/// New shares (summing to 1) for the carriers of one currency, and what the change is expected to do per month:
/// incidents (count) and unrecovered loss (money in Currency the shop carries after carriers pay). Negative is better.
/// </summary>
public sealed record ReallocationProposal(
    YearMonth Month,
    string Currency,
    IReadOnlyList<ShareProposal> Shares,
    decimal ExpectedIncidentsChange,
    decimal ExpectedUnrecoveredLossChange,
    IReadOnlyList<string> Notes)
{
    /// <summary>The notes in Chinese, one for one with Notes.</summary>
    public IReadOnlyList<string> NotesZh { get; init; } = [];
}

/// <summary>One carrier's share now and proposed, with a one-line reason a manager can read out (English and Chinese).</summary>
public sealed record ShareProposal(
    string Carrier,
    string CarrierName,
    decimal Current,
    decimal Proposed,
    string Reason,
    string ReasonZh);
