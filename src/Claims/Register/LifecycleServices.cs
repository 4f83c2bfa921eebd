using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Claims.Lifecycle;
using Claims.Lifecycle.Deadlines;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Register;

/// <summary>Registers the claim lifecycle: its event types (stable names), read models, services and deadline handlers.</summary>
public static class LifecycleServices
{
    public static IServiceCollection AddClaimLifecycle(this IServiceCollection services)
    {
        // Claim stream events. The names are what the database keeps: never change one once events exist.
        services.AddEventType<IncidentReported>();
        services.AddEventType<AdditionalIncidentReported>();
        services.AddEventType<ClaimAssessed>();
        services.AddEventType<ClaimNeedsManualAssessment>();
        services.AddEventType<AssessmentOverridden>();
        services.AddEventType<EvidenceAttached>();
        services.AddEventType<ClaimFiled>();
        services.AddEventType<CarrierAccepted>();
        services.AddEventType<CarrierDeemedAccepted>();
        services.AddEventType<CarrierDisputed>();
        services.AddEventType<CarrierCounterOffered>();
        services.AddEventType<PaymentReceived>();
        services.AddEventType<DeductedFromDeposit>();
        services.AddEventType<ClaimWaived>();
        services.AddEventType<ClaimClosed>();
        services.AddEventType<ClaimReopened>();
        services.AddEventType<NoteAdded>();
        services.AddEventType<FilingDeadlineApproaching>();
        // Carrier stream events.
        services.AddEventType<ContractRegistered>();
        services.AddEventType<DepositLodged>();
        services.AddEventType<DepositDeducted>();
        services.AddEventType<DepositTopUpRequested>();
        services.AddEventType<ShipmentVolumeRecorded>();
        services.AddEventType<ServiceLevelPenaltyAssessed>();
        services.AddEventType<ServiceLevelPenaltyWithdrawn>();
        // Every deduction and top-up of a deposit lands on its carrier's stream.
        services.AddLongStream<CarrierState>();
        services.AddInlineProjection<ClaimsProjection>();
        services.AddInlineProjection<CarriersProjection>();
        services.AddSingleton<ContractRegistry>();
        services.AddSingleton<ContractRegistration>();
        services.AddSingleton<ClaimReporting>();
        services.AddSingleton<ClaimImport>();
        services.AddSingleton<VolumeImport>();
        services.AddSingleton<ClaimCommands>();
        // Follow-ups kept in scheduled_work under these names until Wolverine runs them (DeadlineHandlers).
        services.AddMessageType<CheckCarrierResponse>();
        services.AddMessageType<CheckPayment>();
        services.AddMessageType<CheckFilingDeadline>();
        return services;
    }
}
