using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;

namespace Claims.Register;

/// <summary>
/// Runs a pure decision against a carrier read for writing and appends what it decided; a concurrent change to the
/// same carrier (a deduction, another payment) fails the save rather than being overwritten.
/// </summary>
internal static class CarrierCommand
{
    public static async Task<CommandOutcome> RunAsync(EventStore store, string carrier, Actor actor, Func<CarrierState, Decision> decide, CancellationToken ct)
    {
        var session = store.LightweightSession(actor);
        var stream = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(carrier), ct);
        var decision = decide(stream.Aggregate);
        if (decision.Refusal is { } refusal)
            return CommandOutcome.Refused(refusal);
        stream.AppendMany([.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return new CommandOutcome(stream.Id, decision.Events, null);
    }
}
