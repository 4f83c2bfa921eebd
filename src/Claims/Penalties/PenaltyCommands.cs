using Claims.Infrastructure.EventStore;
using Claims.Register;

namespace Claims.Penalties;

/// <summary>Recording what carriers pay towards their service-level penalties (the CLI and the carrier page call this).</summary>
public sealed class PenaltyCommands(EventStore store, TimeProvider time, Wolverine.Runtime.IWolverineRuntime? wolverine = null)
{
    public DateOnly Today => time.Today();

    public Task<CommandOutcome> PayAsync(string carrier, RecordPenaltyPayment command, Actor actor, CancellationToken ct = default) =>
        CarrierCommand.RunAsync(store, wolverine, new DecideOnCarrier(carrier, actor, state => RecordPenaltyPaymentHandler.Decide(state, command, time.Today())), ct);
}
