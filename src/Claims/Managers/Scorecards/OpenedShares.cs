using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Managers.Scorecards;

/// <summary>
/// The shares of claims opened in a batch and not touched again in it (every import row, every single report), worked
/// out from their two opening events instead of read back from the claims: one plain insert of a few change rows per
/// batch. They must equal what <see cref="ScorecardSql"/> computes from such a claim's row, since that is what comes
/// off when the claim changes later.
/// </summary>
internal static class OpenedShares
{
    private sealed record Share(string Carrier, string Currency, int Year, int Month, IncidentType Type, decimal? Amount, bool OutOfWindow);

    /// <summary>Queues the insert and returns the claims it counted (the others are counted from their rows).</summary>
    public static HashSet<string> Add(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        var shares = new Dictionary<string, Share>(StringComparer.Ordinal);
        foreach (var (reported, assessment) in OpenedAlone(events))
        {
            var r = (IncidentReported)reported.Data;
            var (amount, currency, outOfWindow) = assessment.Data switch
            {
                ClaimAssessed a => ((decimal?)a.Amount, a.Currency, a.OutOfWindow),
                ClaimNeedsManualAssessment m => (null, m.Currency, m.OutOfWindow),
                _ => (null, null, false),
            };
            // Without a currency the claim takes its carrier's, which only the carriers table knows.
            if (currency is not null)
                shares[reported.StreamId] = new Share(r.Carrier, currency, r.IncidentOn.Year, r.IncidentOn.Month, r.Incident, amount, outOfWindow);
        }
        if (shares.Count > 0)
            Insert(batch, shares.Values);
        return [.. shares.Keys];
    }

    /// <summary>
    /// The claims a batch opens (their two opening events) and touches with nothing else that counts: their share follows
    /// from those two events alone. The team figures count the same claims the same way (<c>TeamOpenedShares</c>).
    /// </summary>
    public static IEnumerable<(EventEnvelope Reported, EventEnvelope Assessment)> OpenedAlone(IReadOnlyList<EventEnvelope> events)
    {
        var opened = new Dictionary<string, (EventEnvelope, EventEnvelope)>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.StreamId.StartsWith("claim:", StringComparison.Ordinal) || !ScorecardProjection.Counts(e.Data))
                continue;
            seen[e.StreamId] = seen.GetValueOrDefault(e.StreamId) + 1;
            if (OpenedClaims.IsOpening(events, i))
                opened[e.StreamId] = (e, events[i + 1]);
        }
        return opened.Where(o => seen[o.Key] == 2).Select(o => o.Value);
    }

    private static void Insert(ProjectionBatch batch, IEnumerable<Share> shares)
    {
        var months = shares.GroupBy(s => (s.Carrier, s.Currency, s.Year, s.Month)).ToList();
        int Count(IGrouping<(string, string, int, int), Share> g, IncidentType type) => g.Count(s => s.Type == type);
        // A new claim's outstanding is its amount (nothing accepted or paid yet); its shop-delay loss too, when out of window.
        batch.Add("""
            insert into manager_month_changes (carrier, currency, year, month, incidents, lost, damaged, misdelivered, late,
                assessed_claims, assessed, accepted, received, deducted, outstanding, filed, disputes, deemed, paid, out_of_window, lost_own_delay)
            select carrier, currency, year, month, incidents, lost, damaged, misdelivered, late,
                assessed_claims, assessed, 0, 0, 0, outstanding, 0, 0, 0, 0, out_of_window, lost_own_delay
            from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[],
                $10::int[], $11::numeric[], $12::numeric[], $13::int[], $14::numeric[])
                as t (carrier, currency, year, month, incidents, lost, damaged, misdelivered, late,
                      assessed_claims, assessed, outstanding, out_of_window, lost_own_delay)
            """,
            Array(months.Select(g => g.Key.Carrier), NpgsqlDbType.Text),
            Array(months.Select(g => g.Key.Currency), NpgsqlDbType.Text),
            Array(months.Select(g => g.Key.Year), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Key.Month), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Count()), NpgsqlDbType.Integer),
            Array(months.Select(g => Count(g, IncidentType.Lost)), NpgsqlDbType.Integer),
            Array(months.Select(g => Count(g, IncidentType.Damaged)), NpgsqlDbType.Integer),
            Array(months.Select(g => Count(g, IncidentType.Misdelivered)), NpgsqlDbType.Integer),
            Array(months.Select(g => Count(g, IncidentType.Late)), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Count(s => s.Amount is not null)), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Sum(s => s.Amount ?? 0m)), NpgsqlDbType.Numeric),
            Array(months.Select(g => g.Sum(s => Math.Max(0m, s.Amount ?? 0m))), NpgsqlDbType.Numeric),
            Array(months.Select(g => g.Count(s => s.OutOfWindow)), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Sum(s => s.OutOfWindow ? Math.Max(0m, s.Amount ?? 0m) : 0m)), NpgsqlDbType.Numeric));
    }

    private static NpgsqlParameter Array<T>(IEnumerable<T> values, NpgsqlDbType type) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values.ToArray() };
}
