using Claims.Infrastructure.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Infrastructure.Messaging;

/// <summary>The statements that store a session's outgoing messages and wake the workers.</summary>
internal static class Outbox
{
    public const string Channel = "claims_messages";

    public static IEnumerable<NpgsqlBatchCommand> Commands(
        IReadOnlyList<OutgoingMessage> messages, EventStoreOptions options, SessionMetadata meta, DateTimeOffset now)
    {
        if (messages.Count == 0)
            yield break;
        var due = messages.Select(m => (m.DueAt ?? now).ToUniversalTime()).ToArray();
        yield return SqlCommands.Create(
            """
            insert into messages (id, type, body, due_at, sent_by, correlation_id, causation_id, created_at)
            select m.id, m.type, m.body, m.due_at, $5, $6, $7, $8
            from unnest($1::uuid[], $2::text[], $3::jsonb[], $4::timestamptz[]) as m(id, type, body, due_at)
            """,
            messages.Select(m => m.Id).ToArray(),
            messages.Select(m => options.Messages.NameOf(m.Message.GetType())).ToArray(),
            new NpgsqlParameter
            {
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
                Value = messages.Select(m => options.Messages.Serialize(m.Message, options.Json)).ToArray(),
            },
            due,
            meta.Actor.Name,
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CorrelationId ?? DBNull.Value },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CausationId ?? DBNull.Value },
            now);
        // Delivered at commit, and only then: a worker never wakes for a message it cannot see yet.
        if (due.Any(d => d <= now))
            yield return SqlCommands.Create($"select pg_notify('{Channel}', '')");
    }
}
