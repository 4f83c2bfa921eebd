using Claims.Infrastructure.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// The statement that stores a session's follow-ups in <c>scheduled_work</c>, in the transaction of the events that
/// caused them. They wait there for their business date; <see cref="DueWork"/> hands them to Wolverine when it comes.
/// </summary>
internal static class ScheduledWorkRows
{
    public static IEnumerable<NpgsqlBatchCommand> Commands(
        IReadOnlyList<OutgoingMessage> messages, EventStoreOptions options, SessionMetadata meta, DateTimeOffset now)
    {
        if (messages.Count == 0)
            yield break;
        yield return SqlCommands.Create(
            """
            insert into scheduled_work (id, type, body, due_at, sent_by, correlation_id, causation_id, created_at)
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
            messages.Select(m => (m.DueAt ?? now).ToUniversalTime()).ToArray(),
            meta.Actor.Name,
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CorrelationId ?? DBNull.Value },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CausationId ?? DBNull.Value },
            now);
    }
}
