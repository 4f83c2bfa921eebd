using Claims.Contracts.Model;
using Claims.Lifecycle;

namespace Claims.Tests.Lifecycle;

/// <summary>Event histories the lifecycle tests start from.</summary>
internal static class Given
{
    public static readonly DateOnly IncidentOn = new(2026, 3, 2);
    public const string Id = "claim:ZTO:ZT100:forward";

    public static readonly ClaimTerms Terms = new(RespondWithinDays: 7, DeemedAcceptedOnSilence: true, PayWithinDays: 15, DeductFromDepositWhenOverdue: true);

    public static IncidentReported Reported() => new(Id, "ZTO", "ZT100", Direction.Forward, IncidentType.Lost,
        new DateOnly(2026, 3, 1), IncidentOn, 500m, 0m, 12m, null, 1.2m, 0, "O-1", null, IncidentOn);

    public static ClaimAssessed Assessed(decimal amount = 36m) =>
        new("ZTO-SH-2026-017", "7.2", 4, "未保价快件丢失", amount, "CNY", "min(...) = 36.00", IncidentOn.AddDays(30), false);

    public static ClaimState Claim(params object[] events) => ClaimState.From(events);

    public static ClaimState AssessedClaim() => Claim(Reported(), Assessed());

    public static ClaimState FiledClaim(DateOnly? on = null) =>
        Claim(Reported(), Assessed(), new ClaimFiled(on ?? IncidentOn.AddDays(1), 36m, (on ?? IncidentOn.AddDays(1)).AddDays(7)));

    public static ClaimState AcceptedClaim(decimal amount = 36m, DateOnly? on = null) =>
        FiledClaim().Apply(new CarrierAccepted(on ?? IncidentOn.AddDays(3), amount, (on ?? IncidentOn.AddDays(3)).AddDays(15)));
}
