namespace Claims.Managers;

/// <summary>Carriers compared over the months From..To (both included); Weights null means the configured defaults.</summary>
public sealed record ComparisonRequest(YearMonth From, YearMonth To, ScoreWeights? Weights = null);

/// <summary>
/// How much each rate counts towards a carrier's score (0–100). They are relative: only their proportions matter.
/// Defaults are documented in README (Managers:Weights).
/// </summary>
public sealed record ScoreWeights(
    decimal IncidentsPer10k,
    decimal RecoveryRate,
    decimal DisputeRate,
    decimal DaysToPayment,
    decimal ServiceLevelBreaches);

/// <summary>
/// What happened with one carrier (in one currency) over a month or a period. Rates are null when no volume was
/// recorded (NoRatesReason says so) or when there is nothing to divide by (no claims assessed, nothing paid).
/// Money is in Currency; counts by incident date; claims by the month of their incident.
/// </summary>
public sealed record Scorecard(
    long Parcels,
    decimal Freight,
    int Incidents,
    int Lost,
    int Damaged,
    int Misdelivered,
    int Late,
    decimal? IncidentsPer10k,
    decimal? LostPer10k,
    decimal? DamagedPer10k,
    decimal? MisdeliveredPer10k,
    decimal? LatePer10k,
    int ClaimsAssessed,
    decimal Assessed,
    decimal Accepted,
    decimal Received,
    decimal Deducted,
    decimal Outstanding,
    decimal? RecoveryRate,
    decimal? DisputeRate,
    int DeemedAcceptances,
    decimal? MedianDaysToPayment,
    decimal? P90DaysToPayment,
    int FiledOutOfWindow,
    decimal LostThroughOwnDelay,
    int ServiceLevelBreaches,
    decimal ServiceLevelPenalties,
    string? NoRatesReason);

/// <summary>One carrier and currency over the whole period, with its weighted score, rank (1 = best) and grade (A–E).</summary>
public sealed record CarrierScore(
    string Carrier,
    string CarrierName,
    string Currency,
    Scorecard Figures,
    decimal? Score,
    int? Rank,
    string? Grade);

/// <summary>One carrier and currency in one month of the period: the trend lines are drawn from these.</summary>
public sealed record CarrierMonth(string Carrier, string CarrierName, string Currency, YearMonth Month, Scorecard Figures);

/// <summary>The comparison managers read: carriers side by side (best rank first) and every month of each.</summary>
public sealed record ComparisonReport(
    YearMonth From,
    YearMonth To,
    ScoreWeights Weights,
    IReadOnlyList<CarrierScore> Carriers,
    IReadOnlyList<CarrierMonth> Months);
