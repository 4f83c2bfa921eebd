using Npgsql;

namespace Claims.Managers.Team;

/// <summary>
/// Reads the team figures (<see cref="TeamProjection"/>'s tables, folded rows and change rows added up alike) for the
/// claims reported in a period of months, judged as of a day: missed windows and overdue claims depend on the day,
/// so they are kept as counted dates and compared here.
/// </summary>
public sealed class TeamFigures(NpgsqlDataSource db)
{
    public async Task<TeamReport> ReadAsync(YearMonth from, YearMonth to, DateOnly today, CancellationToken ct = default)
    {
        const string Period = "year * 12 + month between $1 and $2";
        await using var conn = await db.OpenConnectionAsync(ct);
        // One snapshot for every statement: a save between the counts and the day marks would make them disagree by it.
        await using var snapshot = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var batch = new NpgsqlBatch(conn, snapshot);
        foreach (var sql in new[]
        {
            $"""
            select person, currency, {TeamTables.Sums} from team_months where {Period}
            union all select person, currency, {TeamTables.Sums} from team_month_changes where {Period}
            """,
            $"""
            select person, currency, kind, mark, sum(claims)::int, sum(amount) from (
                select person, currency, kind, mark, claims, amount from team_marks where {Period}
                union all select person, currency, kind, mark, claims, amount from team_mark_changes where {Period}
            ) m group by person, currency, kind, mark having sum(claims) <> 0
            """,
        })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = (from.Year * 12) + from.Month });
            command.Parameters.Add(new NpgsqlParameter { Value = (to.Year * 12) + to.Month });
            batch.BatchCommands.Add(command);
        }
        // In the same round trip: the names people know each other by.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("select name, display_name from users where display_name is not null"));
        var shown = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var people = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var team = new Tally();
        Tally Of(string person) => people.TryGetValue(person, out var t) ? t : people[person] = new Tally();
        var todayMark = today.DayNumber - TeamSql.MarkEpoch.DayNumber;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var (person, currency) = (reader.GetString(0), reader.GetString(1));
                foreach (var t in new[] { Of(person), team })
                {
                    t.Claims += reader.GetInt32(2);
                    t.Incidents += reader.GetInt32(3);
                    t.Filed += reader.GetInt32(4);
                    t.FiledInWindow += reader.GetInt32(5);
                    t.FiledLate += reader.GetInt32(6);
                    Add(t.Missed, currency, reader.GetDecimal(7));
                    // Every currency claimed in shows, recovered nothing or not.
                    t.Claimed[currency] = t.Claimed.GetValueOrDefault(currency) + reader.GetDecimal(8);
                    t.Recovered[currency] = t.Recovered.GetValueOrDefault(currency) + reader.GetDecimal(9);
                }
            }
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (person, currency, kind, mark, claims, amount) =
                    (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetDecimal(5));
                foreach (var t in new[] { Of(person), team })
                    t.Mark(kind, mark, claims, amount, currency, todayMark);
            }
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                shown[reader.GetString(0)] = reader.GetString(1);
        }
        var whole = team.Figures("");
        var lines = people.Where(p => p.Value.Claims > 0).Select(p =>
        {
            var figures = p.Value.Figures(p.Key);
            return new PersonLine(figures, TeamFlags.Judge(figures, whole), shown.GetValueOrDefault(p.Key, p.Key));
        }).ToList();
        return new TeamReport(from, to, today, whole, lines);
    }

    private static void Add(Dictionary<string, decimal> sums, string currency, decimal amount)
    {
        if (amount != 0)
            sums[currency] = sums.GetValueOrDefault(currency) + amount;
    }

    private sealed class Tally
    {
        public int Claims, Incidents, Filed, FiledInWindow, FiledLate, UnfiledMissed, Open, Overdue;
        public readonly Dictionary<string, decimal> Missed = new(StringComparer.Ordinal), Claimed = new(StringComparer.Ordinal),
            Recovered = new(StringComparer.Ordinal);
        private readonly SortedDictionary<int, int> reportDays = [], fileDays = [];

        public void Mark(string kind, int mark, int claims, decimal amount, string currency, int today)
        {
            switch (kind)
            {
                case "report":
                    reportDays[mark] = reportDays.GetValueOrDefault(mark) + claims;
                    break;
                case "file":
                    fileDays[mark] = fileDays.GetValueOrDefault(mark) + claims;
                    break;
                // Not filed and the window closed before today: missed, and what is still unrecovered of it is lost.
                case "unfiled" when mark < today:
                    UnfiledMissed += claims;
                    Add(Missed, currency, amount);
                    break;
                case "open":
                    Open += claims;
                    if (mark < today)
                        Overdue += claims;
                    break;
            }
        }

        public PersonFigures Figures(string user) => new(user, Claims, Incidents, Median(reportDays), Median(fileDays),
            Filed + UnfiledMissed, FiledInWindow, FiledLate + UnfiledMissed,
            Missed.Where(m => m.Value != 0).ToDictionary(StringComparer.Ordinal),
            Known(Claimed), Known(Recovered), Open, Overdue);

        // Claims not assessed yet have no currency; they show under none only if money was recorded against them.
        private static Dictionary<string, decimal> Known(Dictionary<string, decimal> sums) =>
            sums.Where(s => s.Key.Length > 0 || s.Value != 0).ToDictionary(StringComparer.Ordinal);

        /// <summary>The median of counted days: the middle one, or halfway between the middle two.</summary>
        private static decimal? Median(SortedDictionary<int, int> counted)
        {
            var n = counted.Values.Sum();
            if (n == 0)
                return null;
            int? lower = null, upper = null;
            var seen = 0;
            foreach (var (days, claims) in counted)
            {
                seen += claims;
                lower ??= seen > (n - 1) / 2 ? days : null;
                if (seen > n / 2)
                {
                    upper = days;
                    break;
                }
            }
            return (lower!.Value + upper!.Value) / 2m;
        }
    }
}
