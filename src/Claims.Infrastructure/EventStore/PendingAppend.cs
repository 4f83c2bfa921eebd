using Npgsql;
using NpgsqlTypes;

namespace Claims.Infrastructure.EventStore;

/// <summary>Events a session will append to one stream, on the condition that it is still at the expected version.</summary>
internal sealed class PendingAppend(string streamId, string? streamType, long expectedVersion)
{
    public string StreamId { get; } = streamId;

    public string? StreamType { get; } = streamType;

    public long ExpectedVersion { get; } = expectedVersion;

    public List<object> Events { get; } = [];

    public long NextVersion => ExpectedVersion + Events.Count;

    public IEnumerable<EventEnvelope> Envelopes(TypeRegistry types, SessionMetadata meta, DateTimeOffset now) =>
        Events.Select((e, i) => new EventEnvelope(
            StreamId, ExpectedVersion + i + 1, types.NameOf(e.GetType()), e, meta.Actor.Name, now, meta.CorrelationId, meta.CausationId));

    /// <summary>One statement: the version check, the stream row and every event row (see claims_append).</summary>
    public NpgsqlBatchCommand ToCommand(IReadOnlyList<EventEnvelope> envelopes, EventStoreOptions options, SessionMetadata meta, DateTimeOffset now) =>
        SqlCommands.Create(
            "select claims_append($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            [
                StreamId,
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)StreamType ?? DBNull.Value },
                ExpectedVersion,
                envelopes.Select(e => e.Type).ToArray(),
                .. BodiesAndMetadata(envelopes, options, meta, now),
            ]);

    /// <summary>One statement starting every stream of <paramref name="appends"/> (all new): see claims_start_streams.</summary>
    public static NpgsqlBatchCommand StartAll(
        IReadOnlyList<(PendingAppend Append, IReadOnlyList<EventEnvelope> Envelopes)> appends, EventStoreOptions options, SessionMetadata meta, DateTimeOffset now)
    {
        var envelopes = appends.SelectMany(a => a.Envelopes).ToList();
        return SqlCommands.Create(
            "select claims_start_streams($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            [
                appends.Select(a => a.Append.StreamId).ToArray(),
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = appends.Select(a => (object?)a.Append.StreamType ?? DBNull.Value).ToArray() },
                appends.Select(a => a.Append.Events.Count).ToArray(),
                envelopes.Select(e => e.StreamId).ToArray(),
                envelopes.Select(e => e.Version).ToArray(),
                envelopes.Select(e => e.Type).ToArray(),
                .. BodiesAndMetadata(envelopes, options, meta, now),
            ]);
    }

    // The parameters both append statements end with: the event bodies, then who, when and why.
    private static object?[] BodiesAndMetadata(IReadOnlyList<EventEnvelope> envelopes, EventStoreOptions options, SessionMetadata meta, DateTimeOffset now) =>
    [
        new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
            Value = envelopes.Select(e => options.Events.Serialize(e.Data, options.Json)).ToArray(),
        },
        meta.Actor.Name,
        now,
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CorrelationId ?? DBNull.Value },
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)meta.CausationId ?? DBNull.Value },
    ];
}
