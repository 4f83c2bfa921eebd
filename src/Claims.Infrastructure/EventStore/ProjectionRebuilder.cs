using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>How far a rebuild has got.</summary>
public sealed record RebuildProgress(long EventsReplayed, long EventsTotal);

/// <summary>
/// Marten's rebuild of the read models: its projection daemon empties the tables and replays the event log through
/// <see cref="ReadModelsProjection"/> a page at a time. Marten's rebuild is not one transaction, so while it runs no
/// save may append (an event applied by its save and again by the replay would count twice): the rebuild holds
/// <see cref="ReadModelGate"/> shut, after the saves already under way have committed, and a save that comes while it
/// is shut is refused with <see cref="ReadModelsRebuildingException"/> (nothing is written; the user tries again).
/// </summary>
internal sealed class ProjectionRebuilder(EventStore store)
{
    // Marten stops a shard's rebuild that has not reached the last event by then; a million events take minutes.
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromHours(6);

    /// <summary>The name the read-model tables' signature is recorded under once a rebuild has filled them.</summary>
    private const string SignatureName = "read-models";

    public async Task<long> RunAsync(IProgress<RebuildProgress>? progress, CancellationToken ct)
    {
        await using var gate = await ReadModelGate.ShutAsync(store.DataSource, ct);
        var replayed = await ReplayAsync(gate, progress, ct);
        await MartenSchema.RecordAsync(store.DataSource, SignatureName, TablesSignature(), ct);
        return replayed;
    }

    /// <summary>
    /// Rebuilds when the declared tables differ from those the read models were last rebuilt into: a release that adds
    /// or changes a read model fills it from the events at its first start, once, whichever process gets there first.
    /// Null when nothing needed doing.
    /// </summary>
    public async Task<long?> RunIfTablesChangedAsync(CancellationToken ct)
    {
        var signature = TablesSignature();
        if (await MartenSchema.RecordedAsync(store.DataSource, SignatureName, ct) == signature)
            return null;
        await using var gate = await ReadModelGate.ShutAsync(store.DataSource, ct);
        // Another process may have rebuilt while this one waited for the gate.
        if (await MartenSchema.RecordedAsync(store.DataSource, SignatureName, ct) == signature)
            return null;
        var replayed = await ReplayAsync(gate, null, ct);
        await MartenSchema.RecordAsync(store.DataSource, SignatureName, signature, ct);
        return replayed;
    }

    private string TablesSignature() => ReadModelTables.Signature(store.Projections.SelectMany(p => p.Tables));

    private async Task<long> ReplayAsync(ReadModelGate gate, IProgress<RebuildProgress>? progress, CancellationToken ct)
    {
        // Marten empties the tables and refills them in separate transactions: until this rebuild records the tables'
        // signature again, the next start of any process rebuilds (a rebuild cut short by Ctrl+C or a crash is redone).
        await MartenSchema.ForgetAsync(store.DataSource, SignatureName, ct);
        var (total, last) = await CountAsync(ct);
        progress?.Report(new RebuildProgress(0, total));
        if (total == 0)
        {
            await TruncateAsync(ct);
            return 0;
        }
        using var daemon = await store.Marten.BuildProjectionDaemonAsync();
        using (daemon.Tracker.Subscribe(new ProgressObserver(progress, total, last)))
            await daemon.RebuildProjectionAsync(ReadModelsProjection.Name, ShardTimeout, ct);
        // Marten replays up to its high-water mark (past gaps left by refused or killed saves: a test makes one) and fails
        // if a shard does not get there in time; the mark must be the last event, or the read models would lack the rest.
        var reached = daemon.Tracker.HighWaterMark;
        if (reached < last)
            throw new InvalidOperationException(
                $"The rebuild stopped at event {reached:N0} of {last:N0}; the read models are incomplete. Run `claims projections rebuild` again.");
        // The gate is a session lock: had its connection dropped, saves got in during the replay.
        await gate.EnsureHeldAsync(ct);
        progress?.Report(new RebuildProgress(total, total));
        return total;
    }

    private async Task<(long Count, long Last)> CountAsync(CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("select count(*), coalesce(max(seq_id), 0) from mt_events");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    // Marten's rebuild does nothing on a store without events; its tables are emptied all the same.
    private async Task TruncateAsync(CancellationToken ct)
    {
        var tables = store.Projections.SelectMany(p => p.Tables).Select(t => t.Identifier.QualifiedName).ToList();
        if (tables.Count == 0)
            return;
        await using var command = store.DataSource.CreateCommand($"truncate table {string.Join(", ", tables)}");
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed class ProgressObserver(IProgress<RebuildProgress>? progress, long total, long last) : IObserver<ShardState>
    {
        public void OnNext(ShardState value)
        {
            if (!value.ShardName.StartsWith(ReadModelsProjection.Name + ":", StringComparison.Ordinal))
                return;
            if (progress is null)
                return;
            // Sequence numbers have gaps (refused appends), so the count replayed is estimated from how far along it is.
            var replayed = Math.Min(total, total * Math.Min(value.Sequence, last) / last);
            progress.Report(new RebuildProgress(replayed, total));
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
