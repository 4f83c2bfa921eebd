using System.Text.Json;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>Reads event rows back into <see cref="StoredEvent"/>s.</summary>
internal static class EventReader
{
    public const string Columns = "seq, stream_id, version, type, body, actor, occurred_at, correlation_id, causation_id";

    public static async Task<List<StoredEvent>> ReadAsync(NpgsqlCommand command, TypeRegistry types, JsonSerializerOptions json, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var type = reader.GetString(3);
            events.Add(new StoredEvent(
                Seq: reader.GetInt64(0),
                StreamId: reader.GetString(1),
                Version: reader.GetInt64(2),
                Type: type,
                Data: types.Deserialize(type, reader.GetString(4), json),
                Actor: reader.GetString(5),
                OccurredAt: reader.GetFieldValue<DateTimeOffset>(6),
                CorrelationId: reader.IsDBNull(7) ? null : reader.GetString(7),
                CausationId: reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return events;
    }
}
