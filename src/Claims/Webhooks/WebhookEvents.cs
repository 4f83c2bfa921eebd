using Claims.Carriers;
using Claims.Lifecycle;

namespace Claims.Webhooks;

/// <summary>The event types a subscription can ask for, and which of the store's events each stands for.</summary>
public static class WebhookEvents
{
    public static readonly IReadOnlyList<string> All =
    [
        "claim.reported", "claim.filed", "claim.answered", "claim.deemed-accepted", "claim.paid",
        "deposit.deducted", "deposit.top-up-requested", "penalty.assessed",
    ];

    /// <summary>The webhook event type of a stored event, or null when no subscription can ask for it.</summary>
    public static string? TypeOf(object data) => data switch
    {
        IncidentReported => "claim.reported",
        ClaimFiled => "claim.filed",
        CarrierAccepted or CarrierDisputed or CarrierCounterOffered => "claim.answered",
        CarrierDeemedAccepted => "claim.deemed-accepted",
        PaymentReceived => "claim.paid",
        DepositDeducted => "deposit.deducted",
        DepositTopUpRequested => "deposit.top-up-requested",
        ServiceLevelPenaltyAssessed => "penalty.assessed",
        _ => null,
    };

    /// <summary>What a claim.answered delivery says the carrier answered.</summary>
    public static string? AnswerOf(object data) => data switch
    {
        CarrierAccepted => "accepted",
        CarrierDisputed => "disputed",
        CarrierCounterOffered => "countered",
        _ => null,
    };
}
