using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Finance.Exports;

/// <summary>
/// The claims register filtered for an export, read row by row: the rows go from the server's cursor to the
/// writer without ever being collected, so a million claims take no more memory than ten.
/// </summary>
internal static class RegisterQuery
{
    /// <summary>The WHERE clause over "claims c" joined to "carriers k"; parameters $1..$4 come from <see cref="Parameters"/>.</summary>
    public const string Where = """
        ($1::date is null or c.incident_on >= $1) and ($2::date is null or c.incident_on <= $2)
        and ($3::text is null or c.carrier = upper($3) or k.name = $3)
        and ($4::text is null or c.status = $4 or ($4 = 'open' and c.status not in ('paid', 'waived', 'closed')))
        """;

    public static IEnumerable<NpgsqlParameter> Parameters(ExportFilter filter) =>
    [
        new() { Value = (object?)filter.From ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date },
        new() { Value = (object?)filter.To ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date },
        new() { Value = (object?)Clean(filter.Carrier) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
        new() { Value = (object?)Clean(filter.Status)?.ToLowerInvariant() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
    ];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Runs a query and yields one value per row as the reader reaches it.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        NpgsqlDataSource db, string sql, IEnumerable<NpgsqlParameter> parameters, Func<NpgsqlDataReader, T> read,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return read(reader);
    }

    /// <summary>The columns <see cref="ReadClaim"/> reads, in its order, from <see cref="ClaimTables"/>.</summary>
    public const string ClaimColumns = """
        c.id, c.waybill, c.direction, c.order_id, c.carrier, k.name, c.incident, c.incidents, c.shipped_on, c.incident_on,
        c.reported_on, c.contract, c.clause, c.page, c.title, c.status, c.currency, c.assessed_amount, c.override_amount,
        c.amount, c.accepted_amount, c.received, c.deducted, c.outstanding, c.file_by, c.filed_on, c.respond_by,
        c.accepted_on, c.pay_by, c.next_deadline, c.reported_by, f.filed_by, c.facts->>'note', c.manual_reason, c.override_reason,
        coalesce(ur.display_name, c.reported_by), coalesce(uf.display_name, f.filed_by)
        """;

    /// <summary>
    /// The claims with their carrier's name, who filed them, and who reported and filed them as finance knows them (the
    /// display name, else the sign-in name the event recorded): the workbook and packets show those, the CSV the sign-in
    /// names programs match on.
    /// </summary>
    public const string ClaimTables = """
        claims c left join carriers k on k.code = c.carrier left join finance_claim_filings f on f.claim_id = c.id
        left join users ur on lower(ur.name) = lower(c.reported_by) left join users uf on lower(uf.name) = lower(f.filed_by)
        """;

    public static IAsyncEnumerable<ClaimRow> ClaimsAsync(NpgsqlDataSource db, ExportFilter filter, CancellationToken ct) =>
        StreamAsync(db, $"""
            select {ClaimColumns}
            from {ClaimTables}
            where {Where}
            order by c.carrier, c.incident_on, c.waybill, c.direction
            """, Parameters(filter), ReadClaim, ct);

    public static ClaimRow ReadClaim(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetString(4), Text(r, 5), r.GetString(6), r.GetInt32(7),
        Date(r, 8), Date(r, 9), Date(r, 10), Text(r, 11), Text(r, 12), r.IsDBNull(13) ? null : r.GetInt32(13), Text(r, 14),
        r.GetString(15), Text(r, 16), Money(r, 17), Money(r, 18), Money(r, 19), Money(r, 20), r.GetDecimal(21), r.GetDecimal(22),
        r.GetDecimal(23), Date(r, 24), Date(r, 25), Date(r, 26), Date(r, 27), Date(r, 28), Date(r, 29), Text(r, 30), Text(r, 31),
        Text(r, 32), Text(r, 33), Text(r, 34), Text(r, 35), Text(r, 36));

    public static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    public static decimal? Money(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);
}
