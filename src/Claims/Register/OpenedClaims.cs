using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Register;

/// <summary>
/// New claims (a report and its assessment, as one transaction records them) inserted into <c>claims</c> by one
/// set-based statement: what the insert and the assessment's update would leave, for a fraction of the server's work
/// (measured on the batched import: one statement for 500 claims instead of 1,000).
/// </summary>
internal sealed class OpenedClaims
{
    private readonly List<(EventEnvelope Reported, EventEnvelope Assessment)> pending = [];

    public int Count => pending.Count;

    /// <summary>The report at <paramref name="i"/> opens its claim and the next event assesses it.</summary>
    public static bool IsOpening(IReadOnlyList<EventEnvelope> events, int i) =>
        events[i] is { Data: IncidentReported, Version: 1 } reported && i + 1 < events.Count
        && events[i + 1].StreamId == reported.StreamId && events[i + 1].Data is ClaimAssessed or ClaimNeedsManualAssessment;

    public void Add(EventEnvelope reported, EventEnvelope assessment) => pending.Add((reported, assessment));

    public void Flush(ProjectionBatch batch)
    {
        if (pending.Count == 0)
            return;
        var rows = pending.Select(p => (R: (IncidentReported)p.Reported.Data, A: p.Assessment.Data as ClaimAssessed,
            M: p.Assessment.Data as ClaimNeedsManualAssessment, p.Reported, p.Assessment)).ToList();
        batch.Add("""
            insert into claims (id, carrier, waybill, direction, incident, order_id, shipped_on, incident_on, reported_on, facts, reported_by,
                status, contract, clause, page, title, assessed_amount, currency, trace, file_by, out_of_window, manual_reason, updated_at)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::date[],
                $10::jsonb[], $11::text[], $12::text[], $13::text[], $14::text[], $15::int[], $16::text[], $17::numeric[], $18::text[],
                $19::text[], $20::date[], $21::boolean[], $22::text[], $23::timestamptz[])
            """,
            Array(rows.Select(x => (object?)x.Reported.StreamId), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.R.Carrier), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.R.Waybill), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)DirectionNames.Name(x.R.Direction)), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)IncidentTypeNames.Name(x.R.Incident)), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.R.OrderId), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.R.ShippedOn), NpgsqlDbType.Date),
            Array(rows.Select(x => (object?)x.R.IncidentOn), NpgsqlDbType.Date),
            Array(rows.Select(x => (object?)x.R.ReportedOn), NpgsqlDbType.Date),
            Array(rows.Select(x => (object?)ClaimsProjection.Facts(x.R)), NpgsqlDbType.Jsonb),
            Array(rows.Select(x => (object?)x.Reported.Actor), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)(x.A is not null ? "assessed" : "manual")), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)(x.A?.Contract ?? x.M!.Contract)), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.A?.Clause), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.A?.Page), NpgsqlDbType.Integer),
            Array(rows.Select(x => (object?)x.A?.Title), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.A?.Amount), NpgsqlDbType.Numeric),
            Array(rows.Select(x => (object?)(x.A?.Currency ?? x.M!.Currency)), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.A?.Trace), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)(x.A is not null ? x.A.FileBy : x.M!.FileBy)), NpgsqlDbType.Date),
            Array(rows.Select(x => (object?)(x.A?.OutOfWindow ?? x.M!.OutOfWindow)), NpgsqlDbType.Boolean),
            Array(rows.Select(x => (object?)x.M?.Reason), NpgsqlDbType.Text),
            Array(rows.Select(x => (object?)x.Assessment.OccurredAt.ToUniversalTime()), NpgsqlDbType.TimestampTz));
        pending.Clear();
    }

    private static NpgsqlParameter Array(IEnumerable<object?> values, NpgsqlDbType type) => new()
    {
        NpgsqlDbType = NpgsqlDbType.Array | type,
        Value = values.Select(v => v ?? DBNull.Value).ToArray(),
    };
}
