namespace Claims.Contracts.Model;

/// <summary>
/// The security deposit a contract requires; below <see cref="MinimumBalance"/> a top-up is requested, to be paid
/// within <see cref="TopUpWithinDays"/>.
/// </summary>
public sealed record DepositTerms(decimal Amount, decimal? MinimumBalance, int? TopUpWithinDays);
