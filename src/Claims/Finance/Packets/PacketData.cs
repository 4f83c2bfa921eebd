using System.Text.Json;
using Claims.Contracts;
using Claims.Evidence;
using Claims.Finance.Exports;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Finance.Packets;

/// <summary>Reads what a packet shows: register rows, the contract, each claim's events (timeline) and its evidence.</summary>
public sealed class PacketData(NpgsqlDataSource db, EventStore store, ContractRegistry contracts, EvidenceStore evidence, Penalties.PenaltyRegister penalties,
    Users.UserDirectory users, TimeProvider time)
{
    private const string Select = $"select {RegisterQuery.ClaimColumns}, c.trace, c.facts from {RegisterQuery.ClaimTables}";

    public async Task<ClaimPacketModel?> ClaimAsync(string claimId, CancellationToken ct)
    {
        var set = await contracts.GetAsync(ct);
        var names = await users.DisplayNamesAsync(ct);
        await foreach (var (row, trace, facts) in RowsAsync($"{Select} where c.id = $1", [new NpgsqlParameter { Value = claimId }], ct))
            return await DetailAsync(row, trace, facts, set, names, ct);
        return null;
    }

    /// <summary>The carrier's claims whose incident happened in that month, oldest first; null when the carrier is unknown.</summary>
    public async Task<CarrierMonthModel?> CarrierMonthAsync(string carrier, int year, int month, CancellationToken ct)
    {
        var (code, name) = await CarrierAsync(carrier, ct);
        if (code is null)
            return null;
        var first = new DateOnly(year, month, 1);
        var set = await contracts.GetAsync(ct);
        var names = await users.DisplayNamesAsync(ct);
        var claims = new List<ClaimPacketModel>();
        await foreach (var (row, trace, facts) in RowsAsync(
            $"{Select} where c.carrier = $1 and c.incident_on >= $2 and c.incident_on < $3 order by c.incident_on, c.waybill, c.direction",
            [new NpgsqlParameter { Value = code }, new NpgsqlParameter { Value = first }, new NpgsqlParameter { Value = first.AddMonths(1) }], ct))
        {
            claims.Add(await DetailAsync(row, trace, facts, set, names, ct));
        }

        var totals = claims.GroupBy(c => c.Claim.Currency ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CurrencyTotals(
            g.Key, g.Count(), g.Sum(c => c.Claim.Amount ?? 0m), g.Sum(c => c.Claim.Accepted ?? 0m), g.Sum(c => c.Claim.Received),
            g.Sum(c => c.Claim.Deducted), g.Sum(c => c.Claim.Outstanding))).ToList();
        return new CarrierMonthModel(code, name ?? code, year, month, totals, await DeductionsAsync(code, first, names, ct), claims,
            await penalties.MonthAsync(code, year, month, ct));
    }

    private async Task<(string? Code, string? Name)> CarrierAsync(string carrier, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select code, name from carriers where code = upper($1) or name = $1 limit 1");
        command.Parameters.Add(new NpgsqlParameter { Value = carrier.Trim() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : (null, null);
    }

    private async Task<List<DepositDeduction>> DeductionsAsync(string code, DateOnly first, Users.DisplayNames names, CancellationToken ct)
    {
        var list = new List<DepositDeduction>();
        await foreach (var d in RegisterQuery.StreamAsync(db, """
            select on_date, -amount, currency, waybill, recorded_by from deposit_ledger
            where carrier = $1 and kind = 'deducted'
              and claim_id in (select id from claims where carrier = $1 and incident_on >= $2 and incident_on < $3)
            order by on_date, version
            """,
            [new NpgsqlParameter { Value = code }, new NpgsqlParameter { Value = first, NpgsqlDbType = NpgsqlDbType.Date },
             new NpgsqlParameter { Value = first.AddMonths(1), NpgsqlDbType = NpgsqlDbType.Date }],
            r => new DepositDeduction(r.GetFieldValue<DateOnly>(0), r.GetDecimal(1), r.GetString(2), RegisterQuery.Text(r, 3), names.Of(r.GetString(4))), ct))
        {
            list.Add(d);
        }

        return list;
    }

    private IAsyncEnumerable<(ClaimRow Row, string? Trace, string? Facts)> RowsAsync(string sql, NpgsqlParameter[] parameters, CancellationToken ct) =>
        RegisterQuery.StreamAsync(db, sql, parameters, r => (RegisterQuery.ReadClaim(r), RegisterQuery.Text(r, 37), RegisterQuery.Text(r, 38)), ct);

    private async Task<ClaimPacketModel> DetailAsync(ClaimRow row, string? trace, string? facts, ContractSet? set, Users.DisplayNames names, CancellationToken ct)
    {
        var events = await store.LightweightSession(Actor.System).Events.FetchStreamAsync(row.Id, ct);
        var zone = time.LocalTimeZone;
        var timeline = events.Select(e =>
        {
            var (what, detail) = TimelineText.Describe(e.Data, row.Currency);
            return new TimelineEntry(TimeZoneInfo.ConvertTime(e.OccurredAt, zone), names.Of(e.Actor), what, detail);
        }).ToList();
        // Most claims have no evidence: the evidence store is asked only when the stream says there is some.
        var files = events.Any(e => e.Data is EvidenceAttached) ? await EvidenceAsync(row.Id, names, ct) : [];
        var contract = set?.Contracts.FirstOrDefault(c => string.Equals(c.Number, row.Contract, StringComparison.OrdinalIgnoreCase));
        return new ClaimPacketModel(
            row, contract is null ? null : new PacketContract(contract.Number, contract.Document, contract.Effective, contract.Expires),
            trace, WithoutMissing(ParseFacts(facts), events.Select(e => e.Data).OfType<IncidentReported>().FirstOrDefault()), timeline, files);
    }

    private async Task<List<EvidenceEntry>> EvidenceAsync(string claimId, Users.DisplayNames names, CancellationToken ct)
    {
        var zone = time.LocalTimeZone;
        var list = new List<EvidenceEntry>();
        foreach (var item in await evidence.ListAsync(claimId, ct))
        {
            // The PDF layer draws PNG and JPEG; other pictures (HEIC, WebP, GIF) and PDFs are listed without a thumbnail.
            var picture = item.ContentType is "image/png" or "image/jpeg" ? (await evidence.OpenAsync(item.Sha256, ct))?.Bytes : null;
            list.Add(new EvidenceEntry(item.FileName, item.ContentType, item.SizeBytes, TimeZoneInfo.ConvertTime(item.AttachedAt, zone), names.Of(item.AttachedBy), picture));
        }

        return list;
    }

    /// <summary>Facts the incident did not give are shown as not given ("—"), never as the 0.00 they are stored as.</summary>
    private static IncidentFacts WithoutMissing(IncidentFacts facts, IncidentReported? reported)
    {
        var missing = reported?.Missing ?? Claims.Contracts.Model.MissingFacts.None;
        bool Given(Claims.Contracts.Model.MissingFacts fact) => (missing & fact) == 0;
        return facts with
        {
            GoodsValue = Given(Claims.Contracts.Model.MissingFacts.GoodsValue) ? facts.GoodsValue : null,
            Freight = Given(Claims.Contracts.Model.MissingFacts.Freight) ? facts.Freight : null,
            WeightKg = Given(Claims.Contracts.Model.MissingFacts.WeightKg) ? facts.WeightKg : null,
            DaysLate = Given(Claims.Contracts.Model.MissingFacts.DaysLate) ? facts.DaysLate : null,
        };
    }

    private static IncidentFacts ParseFacts(string? json)
    {
        if (json is null)
            return new IncidentFacts(null, null, null, null, null, null);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        decimal? Money(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        int? Int(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        return new IncidentFacts(Money("goodsValue"), Money("declaredValue"), Money("freight"), Money("claimedAmount"), Money("weightKg"), Int("daysLate"));
    }
}
