using Claims.Infrastructure.EventStore;
using Marten;
using Wolverine;

namespace Claims.Register;

/// <summary>
/// Wolverine's handlers of the commands (Commands.cs): each opens the product's session over the Marten session Wolverine
/// gives it and runs the same code the demo runs on its own clock. They save themselves so a version conflict reaches
/// the sender as the typed conflict (409 / one CLI line); Wolverine's own save after them finds nothing left to do.
/// </summary>
public static class CommandHandlers
{
    public static Task<CommandOutcome> Handle(DecideOnClaim command, IDocumentSession session, EventStore store,
        ContractRegistry registry, TimeProvider time, Envelope envelope, CancellationToken ct) =>
        ClaimCommands.DecideAsync(store.Enlist(session, MetadataOf(command.Actor, envelope)), command, registry, time, ct);

    public static Task<CommandOutcome> Handle(DecideOnCarrier command, IDocumentSession session, EventStore store,
        Envelope envelope, CancellationToken ct) =>
        CarrierCommand.DecideAsync(store.Enlist(session, MetadataOf(command.Actor, envelope)), command, ct);

    public static Task<ReportOutcome> Handle(ReportIncidentCommand command, IDocumentSession session, EventStore store,
        ContractRegistry registry, TimeProvider time, Envelope envelope, CancellationToken ct) =>
        ClaimReporting.ReportAsync(store.Enlist(session, MetadataOf(command.Actor, envelope)), command.Incident, registry, time, ct);

    public static Task<int> Handle(ImportIncidentBatch command, IDocumentSession session, EventStore store,
        Npgsql.NpgsqlDataSource dataSource, TimeProvider time, Envelope envelope, CancellationToken ct) =>
        ClaimImport.SaveBatchAsync(store.Enlist(session, MetadataOf(command.Actor, envelope)), command, dataSource, time, ct);

    public static Task<ImportSummary> Handle(RecordVolumes command, IDocumentSession session, EventStore store,
        Managers.ServiceLevels.ServiceLevelJudging serviceLevels, TimeProvider time, Envelope envelope, CancellationToken ct) =>
        VolumeImport.RecordAsync(store.Enlist(session, MetadataOf(command.Actor, envelope)), command, serviceLevels, time, ct);

    private static SessionMetadata MetadataOf(Actor actor, Envelope envelope) => new(actor, envelope.CorrelationId, null);
}
