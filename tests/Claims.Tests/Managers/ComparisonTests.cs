using System.Text.Json;
using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Managers;
using Claims.Infrastructure.Schema;
using Claims.Managers.Scorecards;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Claims.Tests.Managers.ScorecardFixture;

namespace Claims.Tests.Managers;

public sealed class ComparisonTests
{
    [Fact]
    public async Task rates_recovery_disputes_and_days_to_payment_match_the_hand_computed_figures()
    {
        await using var host = await StartAsync();
        var report = await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default);

        var zto = Assert.Single(report.Carriers, c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures;
        Assert.Equal(10_000, zto.Parcels);
        Assert.Equal(3, zto.Lost);
        Assert.Equal(3.0m, zto.LostPer10k);
        Assert.Equal(3.0m, zto.IncidentsPer10k);
        Assert.Equal(0m, zto.DamagedPer10k);
        Assert.Equal(600m, zto.Assessed);
        Assert.Equal(550m, zto.Accepted);
        Assert.Equal(250m, zto.Received);
        Assert.Equal(300m, zto.Deducted);
        Assert.Equal(0m, zto.Outstanding);
        Assert.Equal(0.9167m, Math.Round(zto.RecoveryRate!.Value, 4));   // (250 + 300) / 600
        Assert.Equal(0.3333m, Math.Round(zto.DisputeRate!.Value, 4));    // 1 of 3 filed
        Assert.Equal(1, zto.DeemedAcceptances);
        Assert.Equal(20m, zto.MedianDaysToPayment);                       // 5, 20, 25 days
        Assert.Equal(25m, zto.P90DaysToPayment);
        Assert.Null(zto.NoRatesReason);

        var fedex = Assert.Single(report.Carriers, c => c.Carrier == "FDX").Figures;
        Assert.Equal(0.5m, fedex.IncidentsPer10k);                         // 1 loss in 20,000 parcels
    }

    [Fact]
    public async Task a_month_without_volume_shows_its_counts_but_no_rates_and_says_why()
    {
        await using var host = await StartAsync();
        var report = await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, April), default);

        var april = Assert.Single(report.Months, m => m is { Carrier: "ZTO", Currency: "CNY" } && m.Month == April).Figures;
        Assert.Equal(1, april.Damaged);
        Assert.Equal(50m, april.Assessed);
        Assert.Equal(1m, april.DisputeRate);   // filed, then countered, in two later saves
        Assert.Null(april.IncidentsPer10k);
        Assert.Null(april.DamagedPer10k);
        Assert.Contains("No shipment volume", april.NoRatesReason, StringComparison.Ordinal);
        Assert.Contains("2026-04", april.NoRatesReason, StringComparison.Ordinal);
        // Over the period the rate counts March's incidents over March's parcels only.
        var period = Assert.Single(report.Carriers, c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures;
        Assert.Equal(4, period.Incidents);
        Assert.Equal(3.0m, period.IncidentsPer10k);
        Assert.Equal(4, report.Months.Count(m => m.Carrier == "ZTO"));  // two currencies × two months
    }

    [Fact]
    public async Task currencies_are_kept_apart_and_a_carrier_without_volume_in_that_currency_gets_no_score()
    {
        await using var host = await StartAsync();
        var report = await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default);

        var usd = Assert.Single(report.Carriers, c => c is { Carrier: "ZTO", Currency: "USD" });
        Assert.Equal(70m, usd.Figures.Assessed);
        Assert.Null(usd.Figures.IncidentsPer10k);
        Assert.NotNull(usd.Figures.NoRatesReason);
        Assert.Null(usd.Score);
        Assert.Null(usd.Rank);
        Assert.Equal(600m, report.Carriers.Single(c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures.Assessed);
        // FedEx loses one parcel in 20,000 against ZTO's three in 10,000: incidents weigh most, so FedEx ranks first.
        Assert.Equal(["FDX", "ZTO"], report.Carriers.Where(c => c.Rank is not null).OrderBy(c => c.Rank).Select(c => c.Carrier));
        Assert.All(report.Carriers.Where(c => c.Score is not null), c => Assert.InRange(c.Score!.Value, 0m, 100m));
    }

    [Fact]
    public async Task the_scorecards_kept_as_events_arrive_equal_a_rebuild_from_the_events()
    {
        await using var host = await StartAsync();
        // The months and the change rows not yet folded into them, added up as the comparison reads them.
        const string Months = """
            select carrier, currency, year, month, sum(incidents), sum(lost), sum(damaged), sum(assessed_claims), sum(assessed), sum(accepted),
                sum(received), sum(deducted), sum(outstanding), sum(filed), sum(disputes), sum(deemed), sum(paid), sum(out_of_window)
            from (select * from manager_months union all select * from manager_month_changes) m
            group by 1, 2, 3, 4 having sum(incidents) <> 0 order by 1, 2, 3, 4
            """;
        const string Days = """
            select carrier, currency, year, month, days, sum(claims)
            from (select * from manager_payment_days union all select * from manager_payment_day_changes) d
            group by 1, 2, 3, 4, 5 having sum(claims) <> 0 order by 1, 2, 3, 4, 5
            """;
        var (months, days) = (await host.RowsAsync(Months), await host.RowsAsync(Days));
        Assert.Equal(4, months.Count);
        Assert.Equal(3, days.Count);

        await host.Get<EventStore>().RebuildProjectionsAsync();

        Assert.Equal(months, await host.RowsAsync(Months));
        Assert.Equal(days, await host.RowsAsync(Days));
    }

    [Fact]
    public async Task folding_the_change_rows_into_the_months_changes_no_figure()
    {
        await using var host = await StartAsync();
        var comparison = host.Get<CarrierComparison>();
        var before = JsonSerializer.Serialize(await comparison.CompareAsync(new ComparisonRequest(March, April), default));
        Assert.NotEqual(["0"], await host.RowsAsync("select count(*) from manager_month_changes"));

        await using (var conn = new NpgsqlConnection(host.ConnectionString))
        {
            await conn.OpenAsync();
            await using var compact = new NpgsqlCommand(ScorecardSql.Compact, conn);
            await compact.ExecuteNonQueryAsync();
        }

        Assert.Equal(["0"], await host.RowsAsync("select count(*) from manager_month_changes"));
        Assert.Equal(["0"], await host.RowsAsync("select count(*) from manager_payment_day_changes"));
        Assert.Equal(before, JsonSerializer.Serialize(await comparison.CompareAsync(new ComparisonRequest(March, April), default)));
    }

    [Fact]
    public async Task weights_decide_the_ranking_a_carrier_that_recovers_more_wins_when_only_recovery_counts()
    {
        await using var host = await StartAsync();
        var comparison = host.Get<CarrierComparison>();
        var recoveryOnly = new ScoreWeights(IncidentsPer10k: 0m, RecoveryRate: 1m, DisputeRate: 0m, DaysToPayment: 0m, ServiceLevelBreaches: 0m);

        var report = await comparison.CompareAsync(new ComparisonRequest(March, March, recoveryOnly), default);

        var best = report.Carriers[0];
        Assert.Equal(("ZTO", 1, "A"), (best.Carrier, best.Rank!.Value, best.Grade));
        Assert.Equal(91.67m, best.Score);                                  // 100 × 550 / 600
        Assert.Equal((0m, "E"), (report.Carriers[1].Score!.Value, report.Carriers[1].Grade));
        Assert.Equal(recoveryOnly, report.Weights);
        Assert.Equal(ScoreWeightsConfig.Defaults, (await comparison.CompareAsync(new ComparisonRequest(March, March), default)).Weights);
    }

    [Fact]
    public async Task the_latest_judgement_of_a_service_level_counts_once_and_a_withdrawn_one_not_at_all()
    {
        await using var host = await StartAsync();
        var store = host.Get<EventStore>();
        var s = store.LightweightSession(new Actor("judge"));
        s.Events.Append("carrier:ZTO", 2,
            Penalty("9.1", 500m), Penalty("9.1", 300m),                       // re-judged after a correction: 300 replaces 500
            Penalty("9.2", 100m), new ServiceLevelPenaltyWithdrawn(2026, 3, "9.2", 2m, 3m));
        await s.SaveChangesAsync();

        var zto = (await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default))
            .Carriers.Single(c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures;
        Assert.Equal((1, 300m), (zto.ServiceLevelBreaches, zto.ServiceLevelPenalties));

        await store.RebuildProjectionsAsync();
        var rebuilt = (await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default))
            .Carriers.Single(c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures;
        Assert.Equal((1, 300m), (rebuilt.ServiceLevelBreaches, rebuilt.ServiceLevelPenalties));
    }

    [Fact]
    public async Task a_months_volume_recorded_again_replaces_the_first_figures()
    {
        await using var host = await StartAsync();
        var s = host.Get<EventStore>().LightweightSession(new Actor("lin"));
        s.Events.Append("carrier:ZTO", 2, new ShipmentVolumeRecorded(2026, 3, 20_000, 90_000m, "CNY"));
        await s.SaveChangesAsync();

        var zto = (await host.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(March, March), default))
            .Carriers.Single(c => c is { Carrier: "ZTO", Currency: "CNY" }).Figures;
        Assert.Equal((20_000L, 90_000m, 1.5m), (zto.Parcels, zto.Freight, zto.LostPer10k));
    }

    private static ServiceLevelPenaltyAssessed Penalty(string id, decimal amount) =>
        new(2026, 3, "ZTO-1", id, 6, "月度丢件率", "lostPer10k", 3m, 2m, amount, "CNY", null, null);
}
