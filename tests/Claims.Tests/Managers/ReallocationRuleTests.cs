using Claims.Managers;

namespace Claims.Tests.Managers;

public sealed class ReallocationRuleTests
{
    private static readonly ReallocationRules Rules = new();

    [Fact]
    public void the_shares_hold_every_bound_for_many_random_inputs_and_come_out_the_same_twice()
    {
        var random = new Random(20261123);
        var proposals = 0;
        for (var run = 0; run < 3000; run++)
        {
            var (carriers, rules) = RandomCase(random);
            IReadOnlyList<Reallocated> shares;
            try
            {
                shares = Reallocator.Propose(carriers, rules);
            }
            catch (ReallocationInfeasibleException)
            {
                continue;
            }
            proposals++;
            var again = Reallocator.Propose([.. carriers.Reverse()], rules);
            Assert.Equal(shares, again);
            Assert.InRange(shares.Sum(s => s.Proposed), 0.9999m, 1.0001m);
            Assert.Equal(1m, shares.Sum(s => s.Proposed));
            Assert.True(shares.Count(s => s.Proposed > 0) >= rules.MinCarriers, $"run {run}: fewer than {rules.MinCarriers} carriers");
            foreach (var s in shares)
            {
                var r = s.Record;
                Assert.True(s.Proposed <= rules.MaxShare, $"run {run}: {r.Carrier} {s.Proposed} above {rules.MaxShare}");
                Assert.True(s.Proposed <= (r.MaxShare ?? 1m) + Reallocator.Unit && s.Proposed <= (r.CapacityShare ?? 1m) + Reallocator.Unit, $"run {run}: {r.Carrier} above its own max");
                Assert.True(s.Proposed >= (r.MinShare ?? 0m) - Reallocator.Unit, $"run {run}: {r.Carrier} below its own min");
                Assert.True(s.Proposed >= 0m);
                if (!s.BeyondChangeLimit)
                    Assert.True(Math.Abs(s.Proposed - r.Current) <= rules.MaxChangePerMonth + Reallocator.Unit, $"run {run}: {r.Carrier} moved too far");
            }
        }
        Assert.True(proposals > 1500, $"only {proposals} of the random cases were feasible");
    }

    [Fact]
    public void when_the_current_shares_already_meet_the_bounds_no_carrier_moves_more_than_the_monthly_limit()
    {
        var random = new Random(7);
        for (var run = 0; run < 1000; run++)
        {
            var count = random.Next(3, 8);
            var current = Normalised(random, count);
            var rules = new ReallocationRules(3, Math.Max(0.5m, current.Max()), random.Next(1, 20) / 100m);
            var shares = Reallocator.Propose([.. current.Select((c, i) => Carrier($"C{i}", c, random.Next(0, 50) / 10m))], rules);

            Assert.All(shares, s => Assert.False(s.BeyondChangeLimit));
            Assert.All(shares, s => Assert.True(Math.Abs(s.Proposed - s.Record.Current) <= rules.MaxChangePerMonth + Reallocator.Unit));
        }
    }

    [Fact]
    public void a_clearly_worse_carrier_loses_share_to_the_best_and_the_expected_loss_falls()
    {
        var shares = Reallocator.Propose(
            [Carrier("ZTO", 0.4m, 0.10m, 0.0002m), Carrier("YTO", 0.3m, 0.12m, 0.0002m), Carrier("BAD", 0.3m, 2.50m)], Rules);

        var bad = shares.Single(s => s.Record.Carrier == "BAD");
        var zto = shares.Single(s => s.Record.Carrier == "ZTO");
        Assert.Equal(0.2m, bad.Proposed);
        Assert.Equal(ShareLimit.ChangeLimit, bad.Limit);
        Assert.Equal(0.5m, zto.Proposed);
        Assert.Equal(0.3m, shares.Single(s => s.Record.Carrier == "YTO").Proposed);
        Assert.Equal("BAD", shares[^1].Record.Carrier);
        var (incidents, loss) = Reallocator.ExpectedChange(shares, 100_000);
        Assert.True(loss < 0 && incidents < 0);
        Assert.Equal(-0.1m * 100_000 * (2.50m - 0.10m), loss);
        Assert.Equal(-0.1m * 100_000 * (0.001m - 0.0002m), incidents);
        Assert.Equal("10.0 incidents per 10k, 50% unrecovered, CNY 2,500.00 lost per 1,000 parcels; share cut by 10 points (max change per month)", ReallocationReasons.For(bad, Rules).En);
        Assert.Equal("每万件异常10.0件，50%未获赔付，每千件损失2,500.00元；份额下调10个百分点（每月调整上限）", ReallocationReasons.For(bad, Rules).Zh);
    }

    [Fact]
    public void carriers_with_the_same_loss_keep_their_shares()
    {
        var shares = Reallocator.Propose([Carrier("A", 0.5m, 1m), Carrier("B", 0.3m, 1m), Carrier("C", 0.2m, 1m)], Rules);

        Assert.Equal([0.5m, 0.3m, 0.2m], shares.Select(s => s.Proposed));
    }

    [Fact]
    public void a_share_above_the_largest_allowed_is_cut_to_it_even_beyond_the_monthly_limit()
    {
        var shares = Reallocator.Propose([Carrier("BIG", 0.8m, 0.1m), Carrier("B", 0.1m, 0.5m), Carrier("C", 0.1m, 0.6m)], Rules);

        var big = shares.Single(s => s.Record.Carrier == "BIG");
        Assert.Equal(0.5m, big.Proposed);
        Assert.True(big.BeyondChangeLimit);
        Assert.Equal(ShareLimit.MaxShare, big.Limit);
        Assert.Equal(1m, shares.Sum(s => s.Proposed));
    }

    [Fact]
    public void a_carrier_without_volume_last_month_is_brought_in_only_to_reach_the_minimum_count()
    {
        var two = Reallocator.Propose([Carrier("A", 0.6m, 1m), Carrier("B", 0.4m, 2m), Carrier("NEW", 0m, 0.5m), Carrier("NEW2", 0m, 0.7m)], Rules);

        Assert.Equal(ShareLimit.BroughtIn, two.Single(s => s.Record.Carrier == "NEW").Limit);
        Assert.True(two.Single(s => s.Record.Carrier == "NEW").Proposed >= 0.05m);
        Assert.Equal(0m, two.Single(s => s.Record.Carrier == "NEW2").Proposed);
        Assert.Equal(ShareLimit.NotInUse, two.Single(s => s.Record.Carrier == "NEW2").Limit);
    }

    [Fact]
    public void per_carrier_capacity_and_maximum_from_configuration_cap_the_best_carrier()
    {
        var shares = Reallocator.Propose(
            [Carrier("BEST", 0.3m, 0.1m) with { CapacityShare = 0.32m }, Carrier("B", 0.3m, 0.5m) with { MaxShare = 0.35m }, Carrier("C", 0.4m, 3m)], Rules);

        Assert.Equal(0.32m, shares.Single(s => s.Record.Carrier == "BEST").Proposed);
        Assert.Equal(ShareLimit.Capacity, shares.Single(s => s.Record.Carrier == "BEST").Limit);
        Assert.Equal(0.35m, shares.Single(s => s.Record.Carrier == "B").Proposed);
        Assert.Equal(0.33m, shares.Single(s => s.Record.Carrier == "C").Proposed);
    }

    [Theory]
    [InlineData(3, 0.5, "too-few-carriers")]   // two carriers, three required
    [InlineData(2, 0.4, "too-little-room")]    // 2 × 40% < 100%
    public void impossible_settings_are_refused_with_a_reason_a_manager_can_act_on(int minCarriers, double maxShare, string code)
    {
        var ex = Assert.Throws<ReallocationInfeasibleException>(() =>
            Reallocator.Propose([Carrier("A", 0.5m, 1m), Carrier("B", 0.5m, 2m)], new ReallocationRules(minCarriers, (decimal)maxShare)));

        Assert.Equal(code, ex.Code);
        Assert.Contains(code == "too-few-carriers" ? "--min-carriers" : "--max-share", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_configured_minimum_above_the_largest_share_is_refused()
    {
        var ex = Assert.Throws<ReallocationInfeasibleException>(() =>
            Reallocator.Propose([Carrier("A", 0.4m, 1m) with { MinShare = 0.6m }, Carrier("B", 0.3m, 2m), Carrier("C", 0.3m, 2m)], Rules));

        Assert.Equal("bounds-conflict", ex.Code);
        Assert.Contains("Managers:Reallocation:Carriers:A", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void current_shares_of_parcels_are_given_to_four_places_and_add_up_to_one()
    {
        Assert.Equal([0.3334m, 0.3333m, 0.3333m], Reallocator.SharesOf([10_000, 10_000, 10_000]));
        Assert.Equal([0.1667m, 0.8333m, 0m], Reallocator.SharesOf([1, 5, 0]));
    }

    // Loss per parcel in money; 10 incidents per 10k unless told, half of each one's loss unrecovered.
    private static CarrierRecord Carrier(string code, decimal current, decimal lossPerParcel, decimal incidentsPerParcel = 0.001m) =>
        new(code, code, current, incidentsPerParcel, lossPerParcel, 0.5m);

    private static decimal[] Normalised(Random random, int count)
    {
        var weights = Enumerable.Range(0, count).Select(_ => (decimal)random.Next(1, 1000)).ToArray();
        var total = weights.Sum();
        var shares = weights.Select(w => Math.Round(w / total, 6)).ToArray();
        shares[0] += 1m - shares.Sum();
        return shares;
    }

    private static (CarrierRecord[] Carriers, ReallocationRules Rules) RandomCase(Random random)
    {
        var count = random.Next(1, 9);
        var current = Normalised(random, count);
        var carriers = current.Select((c, i) => new CarrierRecord(
            $"C{i}", $"Carrier {i}",
            random.Next(6) == 0 ? 0m : c,
            random.Next(0, 100) / 10_000m,
            random.Next(0, 10) == 0 ? 0m : random.Next(0, 500) / 100m,
            random.Next(5) == 0 ? null : random.Next(0, 101) / 100m,
            random.Next(8) == 0 ? random.Next(0, 20) / 100m : null,
            random.Next(8) == 0 ? random.Next(10, 60) / 100m : null,
            random.Next(8) == 0 ? random.Next(1, 5000) / 10_000m : null)).ToArray();
        var rules = new ReallocationRules(random.Next(1, 5), random.Next(20, 101) / 100m, random.Next(0, 30) / 100m, random.Next(0, 10) / 100m);
        return (carriers, rules);
    }
}
