using Claims.Infrastructure.Messaging;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// A unit of work (Marten's lightweight session): queue appends, messages and SQL, then
/// <see cref="SaveChangesAsync"/> writes them all in one transaction and one round trip.
/// </summary>
public sealed class EventSession
{
    private readonly EventStore store;
    private readonly SessionConnection connection;
    private readonly List<NpgsqlBatchCommand> queuedSql = [];

    internal EventSession(EventStore store, SessionConnection connection, SessionMetadata metadata)
    {
        this.store = store;
        this.connection = connection;
        Metadata = metadata;
        Events = new EventOperations(store, connection);
    }

    public SessionMetadata Metadata { get; }

    public EventOperations Events { get; }

    public MessageOperations Messages { get; } = new();

    /// <summary>Queue a statement to run in the save's transaction, after the events, projections and messages.</summary>
    public void QueueSqlCommand(string sql, params object?[] parameters) => queuedSql.Add(SqlCommands.Create(sql, parameters));

    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        if (Events.Pending.Count == 0 && Messages.Pending.Count == 0 && queuedSql.Count == 0)
            return;
        var now = store.Time.GetUtcNow();
        await using var batch = connection.CreateBatch();
        var envelopes = new List<EventEnvelope>();
        var appends = Events.Pending.Select(a => (Append: a, Envelopes: (IReadOnlyList<EventEnvelope>)a.Envelopes(store.Options.Events, Metadata, now).ToList())).ToList();
        // A session that only starts new streams (a bulk import) writes them all in one statement.
        if (appends.Count > 1 && appends.All(a => a.Append.ExpectedVersion == 0))
            batch.BatchCommands.Add(PendingAppend.StartAll(appends, store.Options, Metadata, now));
        else
            foreach (var (append, streamEnvelopes) in appends)
                batch.BatchCommands.Add(append.ToCommand(streamEnvelopes, store.Options, Metadata, now));
        foreach (var (_, streamEnvelopes) in appends)
            envelopes.AddRange(streamEnvelopes);
        if (envelopes.Count > 0)
            foreach (var projection in store.Projections)
            {
                var projected = new ProjectionBatch();
                projection.Apply(projected, envelopes);
                foreach (var command in projected.Commands)
                    batch.BatchCommands.Add(command);
            }
        foreach (var command in Outbox.Commands(Messages.Pending, store.Options, Metadata, now).Concat(queuedSql))
            batch.BatchCommands.Add(command);

        try
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == EventStoreMigrations.ConflictSqlState)
        {
            throw Conflict(ex);
        }
        Events.Clear();
        Messages.Clear();
        queuedSql.Clear();
    }

    private ConcurrencyException Conflict(PostgresException ex)
    {
        var hint = ex.Hint ?? "";
        var colon = hint.IndexOf(':', StringComparison.Ordinal);
        var actual = colon > 0 && long.TryParse(hint[..colon], out var v) ? v : -1;
        var streamId = colon > 0 ? hint[(colon + 1)..] : "";
        var append = Events.Pending.FirstOrDefault(p => p.StreamId == streamId);
        if (append is null)
            return new ConcurrencyException(streamId, null, -1, actual);
        return append.ExpectedVersion == 0
            ? new StreamAlreadyExistsException(append.StreamId, append.StreamType, actual)
            : new ConcurrencyException(append.StreamId, append.StreamType, append.ExpectedVersion, actual);
    }
}
