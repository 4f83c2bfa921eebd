using Npgsql;
using NpgsqlTypes;

namespace Claims.Benchmarks.EventStore;

/// <summary>An event row already serialised, as the COPY baselines write it.</summary>
internal sealed record EventRow(string Stream, long Version, string Type, string Body);

/// <summary>The physical limit the append benchmarks compare against: event rows by binary COPY into bench_events_copy
/// (a copy of Marten's mt_events table with its columns and indexes).</summary>
internal static class EventRowsCopy
{
    // Marten numbers its events in its append function; the copy numbers its rows from a sequence of its own.
    public const string CreateTable = """
        create sequence if not exists bench_events_copy_seq;
        create table if not exists bench_events_copy (like mt_events including all);
        alter table bench_events_copy alter column seq_id set default nextval('bench_events_copy_seq');
        """;

    public static async Task WriteAsync(NpgsqlConnection conn, IEnumerable<EventRow> rows, DateTimeOffset now, string? correlationId)
    {
        await using var import = await conn.BeginBinaryImportAsync(
            "copy bench_events_copy (id, stream_id, version, type, data, user_name, timestamp, correlation_id, causation_id) from stdin (format binary)");
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            await import.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await import.WriteAsync(row.Stream, NpgsqlDbType.Text);
            await import.WriteAsync(row.Version, NpgsqlDbType.Bigint);
            await import.WriteAsync(row.Type, NpgsqlDbType.Text);
            await import.WriteAsync(row.Body, NpgsqlDbType.Jsonb);
            await import.WriteAsync("bench", NpgsqlDbType.Text);
            await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
            if (correlationId is null)
                await import.WriteNullAsync();
            else
                await import.WriteAsync(correlationId, NpgsqlDbType.Text);
            await import.WriteNullAsync();
        }
        await import.CompleteAsync();
    }
}
