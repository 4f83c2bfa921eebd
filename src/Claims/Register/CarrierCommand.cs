using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Wolverine.Runtime;

namespace Claims.Register;

/// <summary>
/// Runs a pure decision against a carrier read for writing and appends what it decided; a concurrent change to the
/// same carrier (a deduction, another payment) fails the save rather than being overwritten.
/// </summary>
internal static class CarrierCommand
{
    public static Task<CommandOutcome> RunAsync(EventStore store, IWolverineRuntime? wolverine, DecideOnCarrier command, CancellationToken ct) =>
        CommandBus.InvokeAsync(wolverine, command, () => DecideAsync(store.LightweightSession(command.Actor), command, ct), ct);

    public static async Task<CommandOutcome> DecideAsync(EventSession session, DecideOnCarrier command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(command.Carrier), ct);
        var decision = command.Decide(stream.Aggregate);
        if (decision.Refusal is { } refusal)
            return CommandOutcome.Refused(refusal);
        stream.AppendMany([.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return new CommandOutcome(stream.Id, decision.Events, null);
    }
}
