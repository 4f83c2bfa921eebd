using Claims.Infrastructure.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Runs the messages claimed in one transaction. Each runs under a savepoint: success deletes the row together with
/// everything the handler wrote; failure rolls the handler back and records the attempt. Nothing is final until the
/// commit, so a worker that dies mid-batch leaves every message of the batch to the next worker.
/// </summary>
internal sealed class MessageBatch(
    EventStore.EventStore store,
    IServiceScopeFactory scopes,
    IReadOnlyDictionary<Type, MessageHandlerInvoker> invokers,
    MessagingOptions options,
    TimeProvider time,
    ILogger logger)
{
    private const string Savepoint = "claims_message";

    public async Task<WorkSummary> RunAsync(CancellationToken ct)
    {
        await using var conn = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var claimed = await ClaimedMessage.ClaimAsync(tx, time.GetUtcNow(), options.BatchSize, options.Lease, ct);
        var summary = WorkSummary.None;
        foreach (var message in claimed)
            summary += await RunOneAsync(tx, message, ct);
        await tx.CommitAsync(ct);
        return summary;
    }

    private async Task<WorkSummary> RunOneAsync(NpgsqlTransaction tx, ClaimedMessage message, CancellationToken ct)
    {
        await tx.SaveAsync(Savepoint, ct);
        try
        {
            await HandleAsync(tx, message, ct);
            return new WorkSummary(1, 0, 0);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // If the connection itself is gone this throws too, and the whole batch is left to another worker.
            await tx.RollbackAsync(Savepoint, ct);
            var now = time.GetUtcNow();
            var decision = RetryPolicy.AfterFailure(message.Attempts + 1, now, options);
            await RecordFailureAsync(tx, message, decision, ex, now, ct);
            logger.LogWarning(ex, "Message {MessageId} ({MessageType}) failed on attempt {Attempt}; {Outcome}",
                message.Id, message.Type, decision.Attempts, decision.Dead ? "parked as dead" : $"retry at {decision.DueAt:O}");
            return decision.Dead ? new WorkSummary(0, 0, 1) : new WorkSummary(0, 1, 0);
        }
    }

    private async Task HandleAsync(NpgsqlTransaction tx, ClaimedMessage message, CancellationToken ct)
    {
        var type = store.Options.Messages.TypeOf(message.Type)
            ?? throw new InvalidOperationException($"No message type is registered under the name '{message.Type}'.");
        if (!invokers.TryGetValue(type, out var invoker))
            throw new InvalidOperationException($"No handler is registered for {type.Name}.");
        var body = store.Options.Messages.Deserialize(message.Type, message.Body, store.Options.Json);
        var session = store.EnlistedSession(tx, new SessionMetadata(Actor.System, message.CorrelationId, message.Id.ToString()));
        await using var scope = scopes.CreateAsyncScope();
        var context = new MessageContext(message.Id, message.Attempts + 1, time.GetUtcNow(), message.SentBy, session);
        await invoker.InvokeAsync(scope.ServiceProvider, body, context, ct);
        session.QueueSqlCommand("delete from messages where id = $1", message.Id);
        session.QueueSqlCommand($"release savepoint {Savepoint}");
        await session.SaveChangesAsync(ct);
    }

    private static async Task RecordFailureAsync(
        NpgsqlTransaction tx, ClaimedMessage message, RetryDecision decision, Exception ex, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        batch.BatchCommands.Add(SqlCommands.Create(
            "update messages set attempts = $2, last_error = $3, failed_at = $4, due_at = $5, status = $6 where id = $1",
            message.Id, decision.Attempts, Describe(ex), now, decision.DueAt, decision.Dead ? "dead" : "pending"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"release savepoint {Savepoint}"));
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length <= 2000 ? text : text[..2000];
    }
}
