using Claims.Carriers;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Lifecycle;
using Claims.Register;
using Npgsql;

namespace Claims.Managers.ServiceLevels;

/// <summary>
/// Judges a carrier's monthly service levels when the month's volumes are recorded (CONTRACT-FORMAT.md "Service levels"):
/// the incidents come from the scorecard read model, counted by incident date as the scorecard shows them, so the rate
/// a manager sees and the rate the penalty rests on are the same number.
/// </summary>
public sealed class ServiceLevelJudging(ContractRegistry registry, NpgsqlDataSource db, TimeProvider time)
{
    private const string CountSql = """
        select coalesce(sum(incidents), 0)::int, coalesce(sum(lost), 0)::int, coalesce(sum(damaged), 0)::int,
            coalesce(sum(misdelivered), 0)::int, coalesce(sum(late), 0)::int
        from (
            select incidents, lost, damaged, misdelivered, late from manager_months where carrier = $1 and year = $2 and month = $3
            union all
            select incidents, lost, damaged, misdelivered, late from manager_month_changes where carrier = $1 and year = $2 and month = $3
        ) m
        """;

    /// <summary>The events (and payment checks) that bring the carrier's standing penalties for the month in line with the new figures.</summary>
    public async Task<Decision> JudgeAsync(CarrierState carrier, int year, int month, long parcels, decimal freight, CancellationToken ct)
    {
        // No parcels, nothing judged (the format's rule): a month whose volume is not known keeps what stood.
        if (parcels <= 0 || await registry.GetAsync(ct) is not { } set)
            return Decision.Nothing;
        var figures = new MonthFigures((int)Math.Min(parcels, int.MaxValue), freight, await CountAsync(carrier.Code, year, month, ct));
        return ServiceLevelRulings.Decide(carrier, year, month, set.JudgeServiceLevels(carrier.Code, year, month, figures), time.Today(),
            number => ContractRegistry.TermsFor(set, number));
    }

    private async Task<IReadOnlyDictionary<IncidentType, int>> CountAsync(string carrier, int year, int month, CancellationToken ct)
    {
        await using var command = db.CreateCommand(CountSql);
        command.Parameters.Add(new NpgsqlParameter { Value = carrier });
        command.Parameters.Add(new NpgsqlParameter { Value = year });
        command.Parameters.Add(new NpgsqlParameter { Value = month });
        await using var r = await command.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var (all, lost, damaged, misdelivered, late) = (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4));
        return new Dictionary<IncidentType, int>
        {
            [IncidentType.Lost] = lost,
            [IncidentType.Damaged] = damaged,
            [IncidentType.Misdelivered] = misdelivered,
            [IncidentType.Late] = late,
            // The scorecard keeps the four rated types apart; the rest only count towards incidentsPer10k.
            [IncidentType.Other] = all - lost - damaged - misdelivered - late,
        };
    }
}
