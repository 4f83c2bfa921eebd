using Claims.Carriers;
using Claims.Infrastructure.Messaging;
using Claims.Register;

namespace Claims.Penalties;

/// <summary>Runs a penalty's payment check: whatever it appends commits with the message's removal (exactly once).</summary>
internal sealed class CheckPenaltyPaymentMessageHandler(ContractRegistry registry, TimeProvider time) : IMessageHandler<CheckPenaltyPayment>
{
    public async Task HandleAsync(CheckPenaltyPayment message, MessageContext context, CancellationToken ct)
    {
        var carrier = await context.Session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(message.Carrier), ct);
        var key = (message.Year, message.Month, message.Id);
        if (!carrier.Aggregate.Penalties.TryGetValue(key, out var penalty))
            return;
        var terms = ContractRegistry.TermsFor(await registry.GetAsync(ct), penalty.ContractNumber);
        // At the version read: a claim's deduction from the same deposit at the same moment fails this one, and the retry decides again.
        carrier.AppendMany([.. DeductOverduePenaltyHandler.Decide(carrier.Aggregate, key, terms, time.LocalDate(context.Now))]);
    }
}
