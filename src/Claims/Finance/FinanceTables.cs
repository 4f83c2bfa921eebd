using Weasel.Postgresql.Tables;

namespace Claims.Finance;

/// <summary>Finance's read-model tables (who filed each claim, deposit top-up requests), declared to Weasel.</summary>
internal static class FinanceTables
{
    public static Table ClaimFilings()
    {
        var t = new Table("finance_claim_filings") { PrimaryKeyName = "finance_claim_filings_pkey" };
        t.AddColumn("claim_id", "text").AsPrimaryKey();
        t.AddColumn("filed_by", "text").NotNull();
        t.AddColumn("filed_at", "timestamp with time zone").NotNull();
        return t;
    }

    public static Table TopUps()
    {
        var t = new Table("finance_top_ups") { PrimaryKeyName = "finance_top_ups_pkey" };
        t.AddColumn("carrier", "text").AsPrimaryKey();
        t.AddColumn("version", "bigint").AsPrimaryKey();
        t.AddColumn("on_date", "date").NotNull();
        t.AddColumn("amount", "numeric").NotNull();
        t.AddColumn("currency", "text").NotNull();
        t.AddColumn("due_on", "date");
        t.AddColumn("recorded_by", "text").NotNull();
        return t;
    }
}
