using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Managers.Scorecards;
using Npgsql;
using NpgsqlTypes;

namespace Claims.Managers.Team;

/// <summary>
/// The team shares of claims opened in a batch and not touched again in it (every import row, every single report),
/// worked out from their two opening events instead of read back from the claims, as the scorecards do
/// (<see cref="OpenedShares"/>): measured, counting them from the rows cost 16 concurrent reporters a fifth of their
/// throughput. They must equal what <see cref="TeamSql"/> computes from such a claim's row (reported by the actor, not
/// filed, nothing recovered, open until its filing deadline), since that is what comes off when the claim changes later.
/// </summary>
internal static class TeamOpenedShares
{
    private sealed record Share(string Person, string Currency, int Year, int Month, decimal Claimed, int ReportDays, int? FileBy);

    /// <summary>Queues the inserts and returns the claims it counted (the others are counted from their rows).</summary>
    public static HashSet<string> Add(ProjectionBatch batch, IReadOnlyList<EventEnvelope> events)
    {
        var shares = new Dictionary<string, Share>(StringComparer.Ordinal);
        foreach (var (reported, assessment) in OpenedShares.OpenedAlone(events))
        {
            var r = (IncidentReported)reported.Data;
            var (amount, currency, fileBy) = assessment.Data switch
            {
                ClaimAssessed a => ((decimal?)a.Amount, a.Currency, a.FileBy),
                ClaimNeedsManualAssessment m => (null, m.Currency, m.FileBy),
                _ => (null, null, null),
            };
            shares[reported.StreamId] = new Share(reported.Actor, currency ?? "", r.ReportedOn.Year, r.ReportedOn.Month, amount ?? 0m,
                Math.Max(0, r.ReportedOn.DayNumber - r.IncidentOn.DayNumber), fileBy is { } by ? by.DayNumber - TeamSql.MarkEpoch.DayNumber : null);
        }
        if (shares.Count > 0)
            Insert(batch, shares.Values);
        return [.. shares.Keys];
    }

    private static void Insert(ProjectionBatch batch, IEnumerable<Share> shares)
    {
        var months = shares.GroupBy(s => (s.Person, s.Currency, s.Year, s.Month)).ToList();
        batch.Add("""
            insert into team_month_changes (person, currency, year, month, claims, incidents, filed, filed_in_window, filed_late,
                filed_late_amount, claimed, recovered)
            select person, currency, year, month, claims, claims, 0, 0, 0, 0, claimed, 0
            from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::numeric[]) as t (person, currency, year, month, claims, claimed)
            """,
            Array(months.Select(g => g.Key.Person), NpgsqlDbType.Text), Array(months.Select(g => g.Key.Currency), NpgsqlDbType.Text),
            Array(months.Select(g => g.Key.Year), NpgsqlDbType.Integer), Array(months.Select(g => g.Key.Month), NpgsqlDbType.Integer),
            Array(months.Select(g => g.Count()), NpgsqlDbType.Integer), Array(months.Select(g => g.Sum(s => s.Claimed)), NpgsqlDbType.Numeric));
        // Days to report; the filing deadline of a claim not filed (what it leaves unrecovered if missed); the next deadline
        // of an open claim (its filing deadline, or none).
        var marks = shares.SelectMany(s => new (Share S, string Kind, int Mark, decimal Amount)[]
            {
                (s, "report", s.ReportDays, 0m),
                (s, "open", s.FileBy ?? TeamSql.NoDeadline, 0m),
            }.Concat(s.FileBy is { } by ? [(s, "unfiled", by, Math.Max(0m, s.Claimed))] : []))
            .GroupBy(m => (m.S.Person, m.S.Currency, m.S.Year, m.S.Month, m.Kind, m.Mark)).ToList();
        batch.Add("""
            insert into team_mark_changes (person, currency, year, month, kind, mark, claims, amount)
            select * from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[], $8::numeric[])
            """,
            Array(marks.Select(g => g.Key.Person), NpgsqlDbType.Text), Array(marks.Select(g => g.Key.Currency), NpgsqlDbType.Text),
            Array(marks.Select(g => g.Key.Year), NpgsqlDbType.Integer), Array(marks.Select(g => g.Key.Month), NpgsqlDbType.Integer),
            Array(marks.Select(g => g.Key.Kind), NpgsqlDbType.Text), Array(marks.Select(g => g.Key.Mark), NpgsqlDbType.Integer),
            Array(marks.Select(g => g.Count()), NpgsqlDbType.Integer), Array(marks.Select(g => g.Sum(m => m.Amount)), NpgsqlDbType.Numeric));
    }

    private static NpgsqlParameter Array<T>(IEnumerable<T> values, NpgsqlDbType type) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values.ToArray() };
}
