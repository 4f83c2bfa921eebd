using Weasel.Postgresql.Tables;

namespace Claims.Managers.Scorecards;

/// <summary>The scorecards' read-model tables, declared to Weasel.</summary>
internal static class ScorecardTables
{
    // Counts are int, money numeric (MonthTally reads them in this order).
    private static readonly string[] Money = ["assessed", "accepted", "received", "deducted", "outstanding", "lost_own_delay"];

    /// <summary>The facts of a claim its events tell and the register does not keep; only claims that have some.</summary>
    public static Table Claims()
    {
        var t = new Table("manager_claims") { PrimaryKeyName = "manager_claims_pkey" };
        t.AddColumn("id", "text").AsPrimaryKey();
        foreach (var name in new[] { "extra_lost", "extra_damaged", "extra_misdelivered", "extra_late" })
            t.AddColumn(name, "integer").NotNull().DefaultValueByExpression("0");
        t.AddColumn("was_disputed", "boolean").NotNull().DefaultValueByExpression("false");
        t.AddColumn("was_deemed", "boolean").NotNull().DefaultValueByExpression("false");
        t.AddColumn("last_paid_on", "date");
        return t;
    }

    /// <summary>
    /// A month's sums per carrier and currency: <c>manager_months</c>, keyed, and <c>manager_month_changes</c>, the
    /// change rows concurrent saves add instead of waiting on a month's row (folded into the months now and then).
    /// </summary>
    public static Table Months(string name)
    {
        var keyed = name == "manager_months";
        var t = new Table(name);
        if (keyed)
            t.PrimaryKeyName = name + "_pkey";
        foreach (var key in new[] { ("carrier", "text"), ("currency", "text"), ("year", "integer"), ("month", "integer") })
        {
            var column = t.AddColumn(key.Item1, key.Item2).NotNull();
            if (keyed)
                column.AsPrimaryKey();
        }
        foreach (var sum in MonthTally.Columns.Split(", "))
            t.AddColumn(sum, Money.Contains(sum) ? "numeric" : "integer").NotNull();
        return t;
    }

    /// <summary>How many claims were paid in so many days, per month: keyed rows, or the change rows beside them.</summary>
    public static Table PaymentDays(string name)
    {
        var keyed = name == "manager_payment_days";
        var t = new Table(name);
        if (keyed)
            t.PrimaryKeyName = name + "_pkey";
        foreach (var key in new[] { ("carrier", "text"), ("currency", "text"), ("year", "integer"), ("month", "integer"), ("days", "integer") })
        {
            var column = t.AddColumn(key.Item1, key.Item2).NotNull();
            if (keyed)
                column.AsPrimaryKey();
        }
        t.AddColumn("claims", "integer").NotNull();
        return t;
    }

    /// <summary>Service-level penalties per month: what the carrier page shows, and what was paid, deducted or withdrawn.</summary>
    public static Table Penalties()
    {
        var t = new Table("manager_penalties") { PrimaryKeyName = "manager_penalties_pkey" };
        t.AddColumn("carrier", "text").AsPrimaryKey();
        t.AddColumn("year", "integer").AsPrimaryKey();
        t.AddColumn("month", "integer").AsPrimaryKey();
        t.AddColumn("id", "text").AsPrimaryKey();
        t.AddColumn("amount", "numeric");
        t.AddColumn("currency", "text").NotNull();
        t.AddColumn("contract", "text");
        t.AddColumn("page", "integer");
        t.AddColumn("title", "text");
        t.AddColumn("metric", "text");
        t.AddColumn("metric_value", "numeric");
        t.AddColumn("threshold", "numeric");
        t.AddColumn("reason", "text");
        t.AddColumn("judged_on", "date");
        t.AddColumn("pay_by", "date");
        t.AddColumn("paid", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("deducted", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("withdrawn", "boolean").NotNull().DefaultValueByExpression("false");
        return t;
    }
}
