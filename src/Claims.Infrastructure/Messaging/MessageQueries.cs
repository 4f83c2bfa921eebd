using Npgsql;

namespace Claims.Infrastructure.Messaging;

/// <summary>Read-only questions about the message table.</summary>
internal static class MessageQueries
{
    public static async Task<IReadOnlyList<DeadMessage>> ListDeadAsync(EventStore.EventStore store, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("""
            select id, type, body, attempts, last_error, created_at, failed_at, sent_by, correlation_id
            from messages where status = 'dead' order by failed_at, id
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var dead = new List<DeadMessage>();
        while (await reader.ReadAsync(ct))
            dead.Add(new DeadMessage(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        return dead;
    }

    public static async Task<DateTimeOffset?> NextDueAsync(EventStore.EventStore store, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("select min(due_at) from messages where status = 'pending'");
        return await command.ExecuteScalarAsync(ct) is DateTime due ? new DateTimeOffset(due, TimeSpan.Zero) : null;
    }
}
