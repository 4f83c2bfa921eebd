using Claims.Carriers;
using Claims.Deposits.Deducting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Lifecycle.Deadlines;
using Claims.Penalties;
using Marten;
using Wolverine;

namespace Claims.Register;

/// <summary>
/// The follow-ups, run by Wolverine from its durable inbox once a sweep has published them (DueWork). Each reads the
/// claim or carrier as it is now and decides as of the business date it was swept for, so a message that runs late,
/// twice, on another node, or after the claim moved on decides nothing it should not. What it appends commits with Wolverine marking the message handled, in one transaction.
/// </summary>
public static class DeadlineHandlers
{
    public static Task Handle(CheckCarrierResponse message, IDocumentSession session, EventStore store, ContractRegistry registry,
        TimeProvider time, Envelope envelope, CancellationToken ct) =>
        Deadlines.RunAsync(store.Enlist(session, MetadataOf(envelope)), message, registry, time, DueWork.BusinessDateOf(envelope) ?? time.Today(), ct);

    public static Task Handle(CheckPayment message, IDocumentSession session, EventStore store, ContractRegistry registry,
        TimeProvider time, Envelope envelope, CancellationToken ct) =>
        Deadlines.RunAsync(store.Enlist(session, MetadataOf(envelope)), message, registry, time, DueWork.BusinessDateOf(envelope) ?? time.Today(), ct);

    public static Task Handle(CheckFilingDeadline message, IDocumentSession session, EventStore store, ContractRegistry registry,
        TimeProvider time, Envelope envelope, CancellationToken ct) =>
        Deadlines.RunAsync(store.Enlist(session, MetadataOf(envelope)), message, registry, time, DueWork.BusinessDateOf(envelope) ?? time.Today(), ct);

    public static Task Handle(CheckPenaltyPayment message, IDocumentSession session, EventStore store, ContractRegistry registry,
        TimeProvider time, Envelope envelope, CancellationToken ct) =>
        Deadlines.RunAsync(store.Enlist(session, MetadataOf(envelope)), message, registry, time, DueWork.BusinessDateOf(envelope) ?? time.Today(), ct);

    // Events a follow-up appends are the system's, in the conversation that scheduled it, caused by this message.
    private static SessionMetadata MetadataOf(Envelope envelope) => new(Actor.System, envelope.CorrelationId, envelope.Id.ToString());
}

/// <summary>What each follow-up decides, on a session and a business date (Wolverine's handlers above; the demo's own days).</summary>
public static class Deadlines
{
    public static async Task RunAsync(
        EventSession session, object message, ContractRegistry registry, TimeProvider time, DateOnly today, CancellationToken ct)
    {
        switch (message)
        {
            case CheckCarrierResponse m:
                await CarrierResponseAsync(session, m, registry, time, today, ct);
                break;
            case CheckPayment m:
                await PaymentAsync(session, m, registry, today, ct);
                break;
            case CheckFilingDeadline m:
                var claim = await session.Events.FetchForWriting<ClaimState>(m.ClaimId, ct);
                claim.AppendMany([.. CheckFilingDeadlineHandler.Decide(claim.Aggregate).Events]);
                break;
            case CheckPenaltyPayment m:
                await PenaltyAsync(session, m, registry, today, ct);
                break;
            default:
                throw new InvalidOperationException($"{message.GetType().Name} is not a follow-up.");
        }
        await session.SaveChangesAsync(ct);
    }

    private static async Task CarrierResponseAsync(
        EventSession session, CheckCarrierResponse message, ContractRegistry registry, TimeProvider time, DateOnly today, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        var stream = await session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
        var terms = ContractRegistry.TermsFor(set, stream.Aggregate.Contract);
        var decision = CheckCarrierResponseHandler.Decide(stream.Aggregate, terms, today);
        stream.AppendMany([.. decision.Events]);
        ClaimReporting.Schedule(session, decision, time);
    }

    private static async Task PaymentAsync(EventSession session, CheckPayment message, ContractRegistry registry, DateOnly today, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        // Deductions from one deposit take turns across nodes rather than racing on its stream's version.
        if (ClaimState.CarrierOf(message.ClaimId) is { } code)
            await session.LockAsync(CarrierState.StreamId(code), ct);
        var claim = await session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
        if (!claim.Aggregate.Exists)
            return;
        var carrier = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(claim.Aggregate.Incident!.Carrier), ct);
        var terms = ContractRegistry.TermsFor(set, claim.Aggregate.Contract);
        var decision = DeductOverduePaymentHandler.Decide(claim.Aggregate, carrier.Aggregate, terms, today);
        // Both streams at the versions read: a concurrent deduction on either fails this one, and the retry decides again.
        claim.AppendMany([.. decision.ClaimEvents]);
        carrier.AppendMany([.. decision.CarrierEvents]);
    }

    private static async Task PenaltyAsync(EventSession session, CheckPenaltyPayment message, ContractRegistry registry, DateOnly today, CancellationToken ct)
    {
        await session.LockAsync(CarrierState.StreamId(message.Carrier), ct);
        var carrier = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(message.Carrier), ct);
        var key = (message.Year, message.Month, message.Id);
        if (!carrier.Aggregate.Penalties.TryGetValue(key, out var penalty))
            return;
        var terms = ContractRegistry.TermsFor(await registry.GetAsync(ct), penalty.ContractNumber);
        // At the version read: a claim's deduction from the same deposit at the same moment fails this one, and the retry decides again.
        carrier.AppendMany([.. DeductOverduePenaltyHandler.Decide(carrier.Aggregate, key, terms, today)]);
    }
}
