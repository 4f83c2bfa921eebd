using System.Diagnostics;
using Claims.Contracts.IncidentFiles;
using Claims.Infrastructure.Messaging;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Demo;

/// <summary>
/// Fills an empty store with a shop's recent months for the sample carriers: contracts, deposits, monthly volumes,
/// incidents at rates that differ by carrier, and each claim played forward day by day through the real imports,
/// handlers and scheduled work, so deemed acceptances, deductions and top-up requests happen as they would have.
/// </summary>
public static class DemoData
{
    public static async Task<DemoSummary> FillAsync(IServiceProvider services, DemoOptions options, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ParcelsPerMonth);
        var watch = Stopwatch.StartNew();
        await using var world = new DemoWorld(services);
        var existing = await world.CountAsync("select count(*) from claims", ct);
        if (existing > 0)
            throw new DemoRefusedException(
                $"The store already holds {existing:N0} claims; demo data is only added to an empty store. Use a fresh data directory (--data-dir) for the demo.");

        var today = world.Clock.Today();
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-(options.Months - 1));
        world.Clock.MoveTo(from, minuteOfDay: 9 * 60);
        progress?.Report(new DemoProgress("contracts", 0, 1));
        var set = await DemoSetup.ContractsAsync(world, options.ContractsFolder, ct);
        var carriers = CarrierProfile.All.Where(p => set.Contracts.Any(c => c.CarrierCode == p.Code)).ToList();
        if (carriers.Count == 0)
            throw new DemoRefusedException("None of the registered contracts is for a carrier the demo knows (SF, ZTO, YTO, JD, CAINIAO, FDX).");
        await DemoSetup.LodgeDepositsAsync(world, set, carriers, from, ct);

        var year = new DemoYear(new Random(options.Seed), set, carriers, from, today, options.ParcelsPerMonth, options.Months);
        var days = new DemoDays(world, year, set, new Random(options.Seed + 1));
        var total = today.DayNumber - from.DayNumber + 1;
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            await days.RunAsync(day, ct);
            progress?.Report(new DemoProgress("days", day.DayNumber - from.DayNumber + 1, total));
        }

        return new DemoSummary(from, today, carriers.Count, year.Parcels,
            (int)await world.CountAsync("select count(*) from claims", ct),
            (int)await world.CountAsync("select count(*) from deposit_ledger where kind = 'deducted'", ct),
            (int)await world.CountAsync("select count(*) from mt_events where type = 'DepositTopUpRequested'", ct),
            watch.Elapsed);
    }

    internal static IEnumerable<IncidentRow> Rows(IEnumerable<PlannedReport> reports) =>
        reports.Select((r, i) => new IncidentRow(i + 2, r.Incident, r.Incident.Waybill, r.Incident.CarrierCode, null));
}
