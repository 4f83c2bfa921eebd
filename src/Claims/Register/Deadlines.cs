using Claims.Carriers;
using Claims.Deposits.Deducting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Lifecycle.Deadlines;
using Claims.Penalties;
using Marten;
using Wolverine;
using Wolverine.Runtime.Batching;

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

    /// <summary>
    /// Payment checks come in batches (one business date, one carrier: <see cref="FollowUpBatcher{T}"/>), decided one
    /// claim after another in one transaction: deductions from one deposit must take turns anyway, and a batch pays for
    /// the lock, the carrier's stream and the commit once instead of once per claim. Each claim's events name its own
    /// message as their cause.
    /// </summary>
    public static async Task Handle(CheckPayment[] messages, IDocumentSession session, EventStore store, ContractRegistry registry,
        TimeProvider time, Envelope envelope, IBatchContext batch, CancellationToken ct)
    {
        var causes = batch.Members.Count == messages.Length ? batch.Members.Select(m => m.MessageId.ToString()).ToList() : null;
        var checks = messages.Select((m, i) => (m, causes?[i])).ToList();
        var events = store.Enlist(session, MetadataOf(envelope));
        await Deadlines.PaymentsAsync(events, checks, registry, DueWork.BusinessDateOf(envelope) ?? time.Today(), ct);
        await events.SaveChangesAsync(ct);
    }

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
                await PaymentsAsync(session, [(m, null)], registry, today, ct);
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

    /// <summary>
    /// Deducts each overdue claim's unpaid remainder from its carrier's deposit, in the order given, each decided on the
    /// deposit as the previous one left it. The carriers' locks are taken first, in one order, so that deductions from one
    /// deposit take turns across nodes rather than racing on its stream's version, and two batches never wait on each other.
    /// </summary>
    public static async Task PaymentsAsync(EventSession session, IReadOnlyList<(CheckPayment Message, string? Cause)> checks,
        ContractRegistry registry, DateOnly today, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        foreach (var code in checks.Select(c => ClaimState.CarrierOf(c.Message.ClaimId)).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            await session.LockAsync(CarrierState.StreamId(code), ct);
        Dictionary<string, (IEventStream<CarrierState> Stream, CarrierState State)> carriers = [];
        // The same claim checked twice in one batch (its check sent twice) is decided once: the second would read the
        // claim as stored, not as the first left it.
        foreach (var (message, cause) in checks.DistinctBy(c => c.Message.ClaimId))
        {
            var claim = await session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
            if (!claim.Aggregate.Exists)
                continue;
            var carrierId = CarrierState.StreamId(claim.Aggregate.Incident!.Carrier);
            if (!carriers.TryGetValue(carrierId, out var carrier))
            {
                var stream = await session.Events.FetchForWriting<CarrierState>(carrierId, ct);
                carrier = (stream, stream.Aggregate);
            }
            var decision = DeductOverduePaymentHandler.Decide(claim.Aggregate, carrier.State, ContractRegistry.TermsFor(set, claim.Aggregate.Contract), today);
            // Both streams at the versions read: a concurrent deduction on either fails the batch, and the retry decides again.
            session.Events.CausationId = cause;
            claim.AppendMany([.. decision.ClaimEvents]);
            carrier.Stream.AppendMany([.. decision.CarrierEvents]);
            carriers[carrierId] = (carrier.Stream, decision.CarrierEvents.Aggregate(carrier.State, (s, e) => s.Apply(e)));
        }
        session.Events.CausationId = null;
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
