using Claims.Carriers;
using Claims.Deposits.Deducting;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Lifecycle.Deadlines;

namespace Claims.Register;

// The durable deadline messages. Each reads the claim as it is now, so a message that runs late, twice, or after
// the claim moved on decides nothing; what it appends commits with the message's removal (exactly once).

internal sealed class CheckCarrierResponseMessageHandler(ContractRegistry registry, TimeProvider time) : IMessageHandler<CheckCarrierResponse>
{
    public async Task HandleAsync(CheckCarrierResponse message, MessageContext context, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        var stream = await context.Session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
        var terms = ContractRegistry.TermsFor(set, stream.Aggregate.Contract);
        var decision = CheckCarrierResponseHandler.Decide(stream.Aggregate, terms, time.LocalDate(context.Now));
        stream.AppendMany([.. decision.Events]);
        ClaimReporting.Schedule(context.Session, decision, time);
    }
}

internal sealed class CheckPaymentMessageHandler(ContractRegistry registry, TimeProvider time) : IMessageHandler<CheckPayment>
{
    public async Task HandleAsync(CheckPayment message, MessageContext context, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        var claim = await context.Session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
        if (!claim.Aggregate.Exists)
            return;
        var carrier = await context.Session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(claim.Aggregate.Incident!.Carrier), ct);
        var terms = ContractRegistry.TermsFor(set, claim.Aggregate.Contract);
        var decision = DeductOverduePaymentHandler.Decide(claim.Aggregate, carrier.Aggregate, terms, time.LocalDate(context.Now));
        // Both streams at the versions read: a concurrent deduction on either fails this one, and the retry decides again.
        claim.AppendMany([.. decision.ClaimEvents]);
        carrier.AppendMany([.. decision.CarrierEvents]);
    }
}

internal sealed class CheckFilingDeadlineMessageHandler : IMessageHandler<CheckFilingDeadline>
{
    public async Task HandleAsync(CheckFilingDeadline message, MessageContext context, CancellationToken ct)
    {
        var stream = await context.Session.Events.FetchForWriting<ClaimState>(message.ClaimId, ct);
        stream.AppendMany([.. CheckFilingDeadlineHandler.Decide(stream.Aggregate).Events]);
    }
}
