// Namespace Claims.Managers, not the folder's: the service is named Reallocation and a namespace of that name would hide it.
namespace Claims.Managers;

/// <summary>
/// New volume shares that lower the expected unrecovered loss: starting from the current shares, share moves from the
/// carrier with the highest loss per parcel to the one with the lowest, as far as every bound allows. Hard bounds (the
/// largest share, per-carrier minimum, maximum and capacity) always hold; the monthly change limit and the floor for
/// carriers in use give way only when the hard bounds leave no other way. Deterministic: ties go by carrier code.
/// </summary>
public static class Reallocator
{
    /// <summary>Shares are given to 4 decimal places (0.01 of a percentage point).</summary>
    public const decimal Unit = 0.0001m;

    /// <summary>The carriers best first (lowest loss per parcel, then fewest incidents, then code), each with its new share.</summary>
    public static IReadOnlyList<Reallocated> Propose(IReadOnlyList<CarrierRecord> carriers, ReallocationRules rules)
    {
        Check(carriers, rules);
        var c = carriers.OrderBy(r => r.LossPerParcel).ThenBy(r => r.IncidentsPerParcel).ThenBy(r => r.Carrier, StringComparer.Ordinal).ToArray();
        var n = c.Length;
        var (mc, floor) = (rules.MaxChangePerMonth, rules.MinShareWhenKept);
        var hardHi = c.Select(r => Math.Max(0m, Math.Min(rules.MaxShare, Math.Min(r.MaxShare ?? 1m, r.CapacityShare ?? 1m)))).ToArray();
        var hardLo = c.Select(r => Math.Max(0m, r.MinShare ?? 0m)).ToArray();
        for (var i = 0; i < n; i++)
        {
            if (hardLo[i] > hardHi[i])
                throw new ReallocationInfeasibleException("bounds-conflict",
                    $"{c[i].Carrier}'s configured minimum share ({P(hardLo[i])}) is above what it may take ({P(hardHi[i])}: the largest share, " +
                    $"its configured maximum or its capacity). Correct Managers:Reallocation:Carriers:{c[i].Carrier}.");
        }

        var usable = hardHi.Count(h => h > 0);
        if (usable < rules.MinCarriers)
            throw new ReallocationInfeasibleException("too-few-carriers",
                $"Only {usable} carrier(s) have recent volume and room for a share; at least {rules.MinCarriers} are required. " +
                "Lower --min-carriers, or record volumes for more carriers.");
        var kept = c.Select((r, i) => (r.Current > 0 || hardLo[i] > 0) && hardHi[i] > 0).ToArray();
        var broughtIn = new bool[n];
        // Carriers without volume last month come in only when needed: for the minimum count, or when the others cannot take it all.
        while (kept.Count(k => k) < rules.MinCarriers || Sum(hardHi, kept) < 1m)
        {
            var next = Enumerable.Range(0, n).FirstOrDefault(i => !kept[i] && hardHi[i] > 0, -1);
            if (next < 0)
                break;
            kept[next] = broughtIn[next] = true;
        }
        if (Sum(hardHi, kept) < 1m)
            throw new ReallocationInfeasibleException("too-little-room",
                $"The {kept.Count(k => k)} carriers that can take volume can take at most {P(Sum(hardHi, kept))} together (largest share " +
                $"{P(rules.MaxShare)}, configured maximums and capacities). Raise --max-share or the capacities, or add carriers.");

        // The floor for a carrier in use: the proposal cuts it no lower (never to nothing; dropping a carrier is the manager's call).
        var keepLo = c.Select((r, i) => kept[i] ? Clamp(Math.Max(Unit, r.Current > 0 ? Math.Min(r.Current, floor) : floor), hardLo[i], hardHi[i]) : hardLo[i]).ToArray();
        if (Sum(keepLo, null) > 1m)
            throw new ReallocationInfeasibleException("minimums-too-large",
                $"The carriers in use need at least {P(Sum(keepLo, null))} together (configured minimum shares and the {P(floor)} kept for each " +
                "carrier in use). Lower the configured minimums.");
        var lo = c.Select((r, i) => Math.Max(keepLo[i], Clamp(r.Current - mc, hardLo[i], hardHi[i]))).ToArray();
        var hi = c.Select((r, i) => kept[i] ? Math.Max(lo[i], Clamp(r.Current + mc, hardLo[i], hardHi[i])) : lo[i]).ToArray();
        var hardTop = c.Select((_, i) => kept[i] ? hardHi[i] : hi[i]).ToArray();
        var x = c.Select((r, i) => Clamp(r.Current, lo[i], hi[i])).ToArray();

        // Make the shares add up to 1: within the change limit if possible, beyond it only as far as the hard bounds need.
        Fit(x, lo, hi);
        Fit(x, keepLo, hardTop);
        var low = x.Select((v, i) => Math.Min(v, lo[i])).ToArray();
        var high = x.Select((v, i) => Math.Max(v, hi[i])).ToArray();
        Improve(c, x, low, high);
        var proposed = Round(x, high, kept);
        return [.. c.Select((r, i) => new Reallocated(r, proposed[i],
            Limit(r, x[i], lo[i], hi[i], hardLo[i], hardHi[i], keepLo[i], kept[i], broughtIn[i], rules),
            Math.Abs(x[i] - r.Current) > mc))];
    }

    /// <summary>What the new shares change per month: incidents and unrecovered loss, from the parcels of a month and each carrier's rates.</summary>
    public static (decimal Incidents, decimal UnrecoveredLoss) ExpectedChange(IEnumerable<Reallocated> shares, long parcels)
    {
        var (incidents, loss) = (0m, 0m);
        foreach (var s in shares)
        {
            var moved = (s.Proposed - s.Record.Current) * parcels;
            incidents += moved * s.Record.IncidentsPerParcel;
            loss += moved * s.Record.LossPerParcel;
        }
        return (incidents, loss);
    }

    /// <summary>Shares of the parcels to 4 places, adding up to exactly 1 (leftover units to the largest remainders, then in order).</summary>
    public static IReadOnlyList<decimal> SharesOf(IReadOnlyList<long> parcels)
    {
        var total = parcels.Sum();
        if (total <= 0)
            return [.. parcels.Select(_ => 0m)];
        var exact = parcels.Select(p => (decimal)p / total).ToArray();
        var shares = exact.Select(v => Math.Round(v, 4, MidpointRounding.ToZero)).ToArray();
        var units = (int)Math.Round((1m - shares.Sum()) / Unit);
        foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take(units))
            shares[i] += Unit;
        return shares;
    }

    private static void Check(IReadOnlyList<CarrierRecord> carriers, ReallocationRules rules)
    {
        if (rules.MinCarriers < 1 || rules.MaxShare is <= 0 or > 1 || rules.MaxChangePerMonth < 0 || rules.MinShareWhenKept is < 0 or > 1)
            throw new ReallocationInfeasibleException("bad-settings",
                "Ask for at least 1 carrier, a largest share above 0 and at most 1, a change per month of at least 0 and a kept share between 0 and 1.");
        if (carriers.Select(r => r.Carrier).Distinct(StringComparer.Ordinal).Count() != carriers.Count)
            throw new ArgumentException("Each carrier may appear once.", nameof(carriers));
        if (carriers.Any(r => r.Current < 0 || r.LossPerParcel < 0 || r.IncidentsPerParcel < 0))
            throw new ArgumentException("Shares and rates cannot be negative.", nameof(carriers));
    }

    // Excess comes off the worst carriers first; a shortfall goes to the best first. Order is best first.
    private static void Fit(decimal[] x, decimal[] lo, decimal[] hi)
    {
        var gap = 1m - x.Sum();
        for (var k = 0; k < x.Length && gap != 0; k++)
        {
            var i = gap > 0 ? k : x.Length - 1 - k;
            var step = gap > 0 ? Math.Min(gap, hi[i] - x[i]) : -Math.Min(-gap, x[i] - lo[i]);
            if (step == 0 || (gap > 0) != (step > 0))
                continue;
            x[i] += step;
            gap -= step;
        }
    }

    private static void Improve(CarrierRecord[] c, decimal[] x, decimal[] lo, decimal[] hi)
    {
        var (best, worst) = (0, c.Length - 1);
        while (best < worst && (c[best].LossPerParcel, c[best].IncidentsPerParcel).CompareTo((c[worst].LossPerParcel, c[worst].IncidentsPerParcel)) < 0)
        {
            var room = hi[best] - x[best];
            var give = x[worst] - lo[worst];
            if (room <= 0)
            {
                best++;
                continue;
            }
            if (give <= 0)
            {
                worst--;
                continue;
            }
            var move = Math.Min(room, give);
            x[best] += move;
            x[worst] -= move;
        }
    }

    // Down to 4 places, the units left over to the largest remainders (then best first) without passing a carrier's top.
    private static decimal[] Round(decimal[] x, decimal[] top, bool[] kept)
    {
        var r = x.Select(v => Math.Round(v, 4, MidpointRounding.ToZero)).ToArray();
        var units = (int)Math.Round((1m - r.Sum()) / Unit);
        var order = Enumerable.Range(0, x.Length).Where(i => kept[i]).OrderByDescending(i => x[i] - r[i]).ThenBy(i => i).ToList();
        foreach (var pass in new[] { true, false })
        {
            foreach (var i in order)
            {
                if (units <= 0)
                    break;
                if (pass && (r[i] + Unit > top[i] || x[i] == r[i]))
                    continue;
                r[i] += Unit;
                units--;
            }
        }
        return r;
    }

    private static ShareLimit Limit(CarrierRecord r, decimal x, decimal lo, decimal hi, decimal hardLo, decimal hardHi, decimal keepLo,
        bool kept, bool broughtIn, ReallocationRules rules)
    {
        if (!kept)
            return ShareLimit.NotInUse;
        if (broughtIn)
            return ShareLimit.BroughtIn;
        if (r.Current > hardHi || (x >= r.Current && x >= hardHi))
            return Upper(r, hardHi, rules);
        if (x > r.Current)
            return x >= hi ? ShareLimit.ChangeLimit : ShareLimit.Balanced;
        if (x < r.Current)
        {
            if (x > lo)
                return ShareLimit.Balanced;
            if (hardLo > 0 && x <= hardLo)
                return ShareLimit.CarrierMin;
            return x <= keepLo ? ShareLimit.KeptFloor : ShareLimit.ChangeLimit;
        }
        return ShareLimit.None;
    }

    private static ShareLimit Upper(CarrierRecord r, decimal hardHi, ReallocationRules rules) =>
        r.CapacityShare == hardHi ? ShareLimit.Capacity : r.MaxShare == hardHi ? ShareLimit.CarrierMax : rules.MaxShare == hardHi ? ShareLimit.MaxShare : ShareLimit.CarrierMax;

    private static decimal Clamp(decimal v, decimal lo, decimal hi) => Math.Min(hi, Math.Max(lo, v));

    private static decimal Sum(decimal[] v, bool[]? only) => v.Where((_, i) => only is null || only[i]).Sum();

    private static string P(decimal share) => (share * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
