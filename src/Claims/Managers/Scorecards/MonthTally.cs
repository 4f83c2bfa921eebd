using System.Data.Common;

namespace Claims.Managers.Scorecards;

/// <summary>The sums of one or more <c>manager_months</c> rows (plus volume, penalties and days to payment) being added up.</summary>
internal sealed class MonthTally
{
    /// <summary>The columns <see cref="Read"/> expects, in order, after the key columns.</summary>
    public const string Columns =
        "incidents, lost, damaged, misdelivered, late, assessed_claims, assessed, accepted, received, deducted, outstanding, " +
        "filed, disputes, deemed, paid, out_of_window, lost_own_delay";

    public long Parcels { get; set; }
    public decimal Freight { get; set; }
    public int Incidents { get; set; }
    public int Lost { get; set; }
    public int Damaged { get; set; }
    public int Misdelivered { get; set; }
    public int Late { get; set; }
    public int ClaimsAssessed { get; set; }
    public decimal Assessed { get; set; }
    public decimal Accepted { get; set; }
    public decimal Received { get; set; }
    public decimal Deducted { get; set; }
    public decimal Outstanding { get; set; }
    public int Filed { get; set; }
    public int Disputes { get; set; }
    public int Deemed { get; set; }
    public int OutOfWindow { get; set; }
    public decimal LostOwnDelay { get; set; }
    public int Breaches { get; set; }
    public decimal Penalties { get; set; }

    /// <summary>Days from filing to payment → how many claims took that long (exact median and p90 without the claims).</summary>
    public SortedDictionary<int, int> DaysToPayment { get; } = [];

    /// <summary>Adds the columns of <see cref="Columns"/> starting at <paramref name="at"/>.</summary>
    public void Read(DbDataReader r, int at)
    {
        Incidents += r.GetInt32(at);
        Lost += r.GetInt32(at + 1);
        Damaged += r.GetInt32(at + 2);
        Misdelivered += r.GetInt32(at + 3);
        Late += r.GetInt32(at + 4);
        ClaimsAssessed += r.GetInt32(at + 5);
        Assessed += r.GetDecimal(at + 6);
        Accepted += r.GetDecimal(at + 7);
        Received += r.GetDecimal(at + 8);
        Deducted += r.GetDecimal(at + 9);
        Outstanding += r.GetDecimal(at + 10);
        Filed += r.GetInt32(at + 11);
        Disputes += r.GetInt32(at + 12);
        Deemed += r.GetInt32(at + 13);
        // at + 14 (claims paid) is the histogram's total; the histogram is read on its own.
        OutOfWindow += r.GetInt32(at + 15);
        LostOwnDelay += r.GetDecimal(at + 16);
    }

    public void AddDays(int days, int claims)
    {
        var total = DaysToPayment.GetValueOrDefault(days) + claims;
        if (total == 0)
            DaysToPayment.Remove(days);
        else
            DaysToPayment[days] = total;
    }

    public void Add(MonthTally m)
    {
        Parcels += m.Parcels;
        Freight += m.Freight;
        Incidents += m.Incidents;
        Lost += m.Lost;
        Damaged += m.Damaged;
        Misdelivered += m.Misdelivered;
        Late += m.Late;
        ClaimsAssessed += m.ClaimsAssessed;
        Assessed += m.Assessed;
        Accepted += m.Accepted;
        Received += m.Received;
        Deducted += m.Deducted;
        Outstanding += m.Outstanding;
        Filed += m.Filed;
        Disputes += m.Disputes;
        Deemed += m.Deemed;
        OutOfWindow += m.OutOfWindow;
        LostOwnDelay += m.LostOwnDelay;
        Breaches += m.Breaches;
        Penalties += m.Penalties;
        foreach (var (days, claims) in m.DaysToPayment)
            AddDays(days, claims);
    }
}
