using Npgsql;

namespace Claims.Infrastructure.Messaging;

/// <summary>A due message this worker has locked (FOR UPDATE) for the length of its transaction.</summary>
internal sealed record ClaimedMessage(Guid Id, string Type, string Body, int Attempts, string? SentBy, string? CorrelationId)
{
    /// <summary>
    /// Locks up to <paramref name="limit"/> due messages no other worker holds. The lease is the server's idle timeout:
    /// a worker that stops talking to the database loses its connection, and with it its locks.
    /// </summary>
    public static async Task<List<ClaimedMessage>> ClaimAsync(
        NpgsqlTransaction tx, DateTimeOffset now, int limit, TimeSpan lease, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(tx.Connection, tx);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("select set_config('idle_in_transaction_session_timeout', $1, true)")
        {
            Parameters = { new() { Value = $"{(long)lease.TotalMilliseconds}ms" } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            select id, type, body, attempts, sent_by, correlation_id from messages
            where status = 'pending' and due_at <= $1
            order by due_at
            limit $2
            for update skip locked
            """)
        {
            Parameters = { new() { Value = now.ToUniversalTime() }, new() { Value = limit } },
        });
        var claimed = new List<ClaimedMessage>();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            claimed.Add(new ClaimedMessage(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        return claimed;
    }
}
