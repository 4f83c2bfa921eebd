namespace Claims.Contracts.Model;

/// <summary>The time limits of a contract; a null limit means the contract sets none.</summary>
public sealed record Deadlines(
    int? FileWithinDays,
    int? FileWithinMonths,
    int? RespondWithinDays,
    bool DeemedAcceptedOnSilence,
    int? PayWithinDays,
    bool DeductFromDepositWhenOverdue,
    bool OneClaimPerShipment)
{
    public static readonly Deadlines None = new(null, null, null, false, null, false, false);

    /// <summary>
    /// The incident date plus fileWithinDays, or plus fileWithinMonths calendar months (the 31st becomes the
    /// month's last day); null when the contract sets no filing window or the date would pass year 9999.
    /// </summary>
    public DateOnly? FileBy(DateOnly incidentOn)
    {
        if (FileWithinDays is { } days)
            return incidentOn.DayNumber <= DateOnly.MaxValue.DayNumber - days ? incidentOn.AddDays(days) : null;
        if (FileWithinMonths is { } months)
            return incidentOn.Year * 12 + incidentOn.Month - 1 + months < 10000 * 12 ? incidentOn.AddMonths(months) : null;
        return null;
    }
}
