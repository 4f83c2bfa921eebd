using Claims.Infrastructure.Messaging;
using Marten;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// A unit of work over a Marten session: queue appends, messages and SQL, then <see cref="SaveChangesAsync"/> writes
/// them all, with the inline projections, in one transaction.
/// </summary>
public sealed class EventSession : IAsyncDisposable
{
    private readonly EventStore store;
    private readonly IDocumentSession session;

    internal EventSession(EventStore store, IDocumentSession session, SessionMetadata metadata)
    {
        this.store = store;
        this.session = session;
        Metadata = metadata;
        // Marten stamps these on every event the session appends (user_name, correlation_id, causation_id).
        session.LastModifiedBy = metadata.Actor.Name;
        session.CorrelationId = metadata.CorrelationId;
        session.CausationId = metadata.CausationId;
        Events = new EventOperations(session, store.StreamStates);
    }

    public SessionMetadata Metadata { get; }

    public EventOperations Events { get; }

    public MessageOperations Messages { get; } = new();

    /// <summary>Queue a statement ($1, $2, ... parameters) to run in the save's transaction.</summary>
    public void QueueSqlCommand(string sql, params object?[] parameters) =>
        session.QueueOperation(new QueuedSql(SqlCommands.Create(sql, parameters)));

    /// <summary>
    /// Opens the session's transaction now and takes a transaction-scoped lock named <paramref name="key"/> in it, so
    /// that sessions of any process deciding on the same stream (deductions from one deposit) wait their turn instead of
    /// failing each other's version check; the save's commit releases it.
    /// </summary>
    public async Task LockAsync(string key, CancellationToken ct = default)
    {
        await session.BeginTransactionAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", session.Connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        foreach (var command in ScheduledWorkRows.Commands(Messages.Pending, store.Options, Metadata, store.Time.GetUtcNow()))
            session.QueueOperation(new QueuedSql(command));
        Messages.Clear();
        if (Events.Pending.Count > 0)
            session.QueueOperation(new QueuedSql(SqlCommands.Create(ReadModelGate.SaveCheck)));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (Conflicts.StreamOf(ex, Events) is { } stream)
        {
            throw await Conflicts.DescribeAsync(store.Marten, stream, ct);
        }
        catch (Exception ex) when (IsRefusedByRebuild(ex))
        {
            throw new ReadModelsRebuildingException(ex);
        }
    }

    private static bool IsRefusedByRebuild(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is Npgsql.PostgresException { SqlState: ReadModelGate.RebuildingSqlState })
                return true;
        return false;
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
