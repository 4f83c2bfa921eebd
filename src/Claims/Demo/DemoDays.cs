using Claims.Contracts;
using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;

namespace Claims.Demo;

/// <summary>
/// Plays one business day: the volumes recorded that day, the incidents reported (the batched import), each claim's
/// steps in the order an office works, the deposits carriers top up, then the scheduled work that fell due.
/// </summary>
internal sealed class DemoDays(DemoWorld world, DemoYear year, ContractSet set, Random random)
{
    private readonly ILookup<DateOnly, PlannedReport> reports = year.Stories.Reports.ToLookup(r => r.On);
    private readonly ILookup<DateOnly, PlannedStep> steps = year.Stories.Steps.ToLookup(s => s.On);
    private readonly ILookup<DateOnly, Contracts.Volumes.VolumeRow> volumes = year.Volumes.ToLookup(v => v.On, v => v.Row);
    private readonly Dictionary<string, (DateOnly On, decimal Amount)> topUps = [];
    private readonly HashSet<string> toppedUp = [];
    private readonly List<(DateOnly On, string Carrier, int Year, int Month, string Id, decimal Amount)> penaltyPayments = [];

    public static DepositTerms? Deposit(ContractSet set, string carrier) =>
        set.Contracts.Where(c => c.CarrierCode == carrier && c.Deposit is not null).OrderBy(c => c.Effective).LastOrDefault()?.Deposit;

    public async Task RunAsync(DateOnly day, CancellationToken ct)
    {
        world.Clock.MoveTo(day);
        if (volumes[day].Any())
        {
            await world.Volumes.ImportAsync([.. volumes[day]], DemoPeople.Manager, ct);
            await PlanPenaltyPaymentsAsync(day, ct);
        }
        await PayPenaltiesAsync(day, ct);
        foreach (var byActor in reports[day].Where(r => !r.Again).GroupBy(r => DemoPeople.Resolve(r.Actor, day)))
            await world.Import.ImportAsync(DemoData.Rows(byActor), byActor.Key, ct: ct);
        foreach (var again in reports[day].Where(r => r.Again))
            await world.Reporting.ReportAsync(again.Incident, DemoPeople.Resolve(again.Actor, day), ct);
        foreach (var phase in steps[day].GroupBy(s => s.Phase).OrderBy(g => g.Key))
            await RunPhaseAsync(day, [.. phase], ct);
        await TopUpAsync(day, ct);
        await world.RunDueWorkAsync(ct);
        await PlanTopUpsAsync(day, ct);
    }

    // A session appends to a claim once: a claim with two steps of a phase on one day takes them in two rounds.
    private async Task RunPhaseAsync(DateOnly day, List<PlannedStep> pending, CancellationToken ct)
    {
        while (pending.Count > 0)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var round = pending.Where(s => seen.Add(s.ClaimId)).ToList();
            pending = pending.Except(round).ToList();
            foreach (var byActor in round.GroupBy(s => DemoPeople.Resolve(s.Actor, day)))
                await world.RunStepsAsync([.. byActor], byActor.Key, ct);
        }
    }

    private async Task TopUpAsync(DateOnly day, CancellationToken ct)
    {
        foreach (var (carrier, plan) in topUps.Where(t => t.Value.On == day).ToList())
        {
            await world.Commands.LodgeDepositAsync(carrier, new LodgeDeposit(day, plan.Amount, "保证金补缴"), DemoPeople.Finance, ct);
            topUps.Remove(carrier);
            toppedUp.Add(carrier);
        }
    }

    // A carrier asked to top up pays in before the due date, back to the full deposit; the worst one pays once, late and
    // short, and then lets its requests go unanswered.
    private async Task PlanTopUpsAsync(DateOnly day, CancellationToken ct)
    {
        await using var command = world.DataSource.CreateCommand(
            "select code, balance, coalesce(top_up_due, $1) from carriers where top_up_requested order by code");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = day });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var code = reader.GetString(0);
            if (topUps.ContainsKey(code) || (toppedUp.Contains(code) && CarrierProfile.All.Any(p => p.Code == code && p.LodgesOnlyMinimum)) || Deposit(set, code) is not { } deposit || CarrierProfile.All.FirstOrDefault(p => p.Code == code) is not { } profile)
                continue;
            var balance = reader.GetDecimal(1);
            var due = reader.GetFieldValue<DateOnly>(2);
            topUps[code] = profile.LodgesOnlyMinimum
                ? (due.AddDays(random.Next(3, 9)), Math.Max(100m, Math.Ceiling(((deposit.MinimumBalance ?? deposit.Amount) - balance + 5000m) / 100m) * 100m))
                : (Min(day.AddDays(random.Next(2, 6)), due), Math.Max(100m, deposit.Amount - balance));
        }
    }

    // A penalty judged today is paid within its window by a carrier as often as it pays claims in full; the others are left
    // to the overdue check, which takes them from the deposit. Drawn from the day, not the shared random, so adding this
    // left every other demo figure as it was.
    private async Task PlanPenaltyPaymentsAsync(DateOnly day, CancellationToken ct)
    {
        await using var command = world.DataSource.CreateCommand("""
            select carrier, year, month, id, amount - paid - deducted, pay_by from manager_penalties
            where judged_on = $1 and not withdrawn and amount > paid + deducted and pay_by is not null order by carrier, id
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = day });
        var draw = new Random(day.DayNumber);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var code = reader.GetString(0);
            if (CarrierProfile.All.FirstOrDefault(p => p.Code == code) is not { } profile || draw.NextDouble() >= profile.PayFull)
                continue;
            var payBy = reader.GetFieldValue<DateOnly>(5);
            penaltyPayments.Add((Min(day.AddDays(draw.Next(3, 12)), payBy), code, reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetDecimal(4)));
        }
    }

    private async Task PayPenaltiesAsync(DateOnly day, CancellationToken ct)
    {
        foreach (var p in penaltyPayments.Where(p => p.On == day).ToList())
        {
            // A penalty re-judged since may owe a different amount: then this is refused and the overdue check takes its course.
            await world.Penalties.PayAsync(p.Carrier, new Penalties.RecordPenaltyPayment(p.Year, p.Month, p.Id, day, p.Amount, "罚款转账"), DemoPeople.Finance, ct);
            penaltyPayments.Remove(p);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
