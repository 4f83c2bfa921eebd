using Claims.Register;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Web.Work;

/// <summary>Which claims a list shows. <see cref="OpenOnly"/> is the work queue; Status "open" and "overdue" work as in the CLI;
/// <see cref="Search"/> is part of a waybill or order number (<see cref="ClaimSearch"/>).</summary>
public sealed record ClaimFilter(string? Carrier, string? Status, string? Due, bool OverdueOnly, bool OpenOnly, int Page = 1, int PageSize = 50, string? Search = null);

public sealed record ClaimRow(
    string Id, string Waybill, string Carrier, string Direction, string Incident, string Status, decimal? Amount, string? Currency,
    string? Clause, int? ClausePage, DateOnly? NextDeadline, string? Due, decimal Outstanding)
{
    public bool IsOverdue(DateOnly today) => NextDeadline < today;
}

public sealed record ClaimList(IReadOnlyList<ClaimRow> Rows, long Total, int Page, int PageSize)
{
    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The claims register read for lists: ordered by the deadline that expires first (the claims_queue index), a page at
/// a time. Offset paging is fine here: nobody pages 200 pages deep, and a page costs one index-ordered read.
/// </summary>
public sealed class ClaimQueries(NpgsqlDataSource db)
{
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any register (20 million claims at 200 a page); past it a page number is a typing error.</summary>
    public const int MaxPage = 100_000;

    public async Task<ClaimList> ListAsync(ClaimFilter filter, DateOnly today, CancellationToken ct)
    {
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(filter.Page, 1, MaxPage);
        var status = filter.Status?.Trim().ToLowerInvariant();
        // Two statements in one round trip: the page reads 50 rows down the claims_queue index; the count scans the
        // table without fetching the rows' columns (a window count over the page query costs 5x as much at 10k claims).
        await using var batch = db.CreateBatch();
        var page1 = new NpgsqlBatchCommand($"""
            select id, waybill, carrier, direction, incident, status, amount, currency, clause, page, next_deadline, due, outstanding
            from claims where {Where} order by next_deadline nulls last, id limit $8 offset $9
            """);
        var count = new NpgsqlBatchCommand($"select count(*) from claims where {Where}");
        foreach (var command in new[] { page1, count })
        {
            command.Parameters.Add(Text(filter.Carrier?.Trim().ToUpperInvariant()));
            command.Parameters.Add(Text(status));
            command.Parameters.Add(Text(filter.Due?.Trim().ToLowerInvariant()));
            command.Parameters.Add(new NpgsqlParameter { Value = filter.OverdueOnly });
            command.Parameters.Add(new NpgsqlParameter { Value = today });
            command.Parameters.Add(new NpgsqlParameter { Value = filter.OpenOnly });
            command.Parameters.Add(Text(ClaimSearch.Term(filter.Search)));
            batch.BatchCommands.Add(command);
        }
        page1.Parameters.Add(new NpgsqlParameter { Value = size });
        page1.Parameters.Add(new NpgsqlParameter { Value = (long)(page - 1) * size });
        var rows = new List<ClaimRow>();
        await using var r = await batch.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ClaimRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.IsDBNull(6) ? null : r.GetDecimal(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
                r.IsDBNull(9) ? null : r.GetInt32(9), r.IsDBNull(10) ? null : r.GetFieldValue<DateOnly>(10),
                r.IsDBNull(11) ? null : r.GetString(11), r.GetDecimal(12)));
        }
        await r.NextResultAsync(ct);
        await r.ReadAsync(ct);
        var total = r.GetInt64(0);
        return new ClaimList(rows, total, page, size);
    }

    /// <summary>Carrier codes and names for filters and forms.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> CarriersAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand("select code, name from carriers order by code");
        await using var r = await command.ExecuteReaderAsync(ct);
        var list = new List<(string, string)>();
        while (await r.ReadAsync(ct))
            list.Add((r.GetString(0), r.GetString(1)));
        return list;
    }

    private static readonly string Where = $"""
        ($1::text is null or carrier = $1)
          and ($2::text is null or status = $2 or ($2 = 'open' and status not in ('paid', 'waived', 'closed')) or ($2 = 'overdue' and next_deadline < $5))
          and ($3::text is null or due = $3)
          and (not $4 or next_deadline < $5)
          and (not $6 or status not in ('paid', 'waived', 'closed'))
          and {ClaimSearch.Sql("$7")}
        """;

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = string.IsNullOrEmpty(value) ? DBNull.Value : value, NpgsqlDbType = NpgsqlDbType.Text };
}
