using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Register;

namespace Claims.Penalties;

/// <summary>Recording what carriers pay towards their service-level penalties (the CLI and the carrier page call this).</summary>
public sealed class PenaltyCommands(EventStore store, TimeProvider time)
{
    public DateOnly Today => time.Today();

    public async Task<CommandOutcome> PayAsync(string carrier, RecordPenaltyPayment command, Actor actor, CancellationToken ct = default)
    {
        var session = store.LightweightSession(actor);
        var stream = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(carrier), ct);
        var decision = RecordPenaltyPaymentHandler.Decide(stream.Aggregate, command, time.Today());
        if (decision.Refusal is { } refusal)
            return CommandOutcome.Refused(refusal);
        stream.AppendMany([.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return new CommandOutcome(stream.Id, decision.Events, null);
    }
}
