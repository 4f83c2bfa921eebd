using Weasel.Postgresql.Tables;

namespace Claims.Register;

/// <summary>
/// The claims register's read-model tables, declared to Weasel: Marten creates them, and changes them when a declaration
/// here changes (then the read models are rebuilt from the events once, at the next start).
/// </summary>
internal static class RegisterTables
{
    // Amount, outstanding, next deadline and what is due are generated columns so the projection never has to
    // recompute them from an aggregate: they mirror ClaimState.Outstanding and the work-queue rules in one place.
    public static Table Claims()
    {
        var t = new Table("claims") { PrimaryKeyName = "claims_pkey" };
        t.AddColumn("id", "text").AsPrimaryKey();
        foreach (var name in new[] { "carrier", "waybill", "direction", "incident" })
            t.AddColumn(name, "text").NotNull();
        t.AddColumn("order_id", "text");
        foreach (var name in new[] { "shipped_on", "incident_on", "reported_on" })
            t.AddColumn(name, "date");
        t.AddColumn("facts", "jsonb");
        t.AddColumn("status", "text").NotNull().DefaultValueByExpression("'assessed'::text");
        t.AddColumn("status_before_end", "text");
        t.AddColumn("contract", "text");
        t.AddColumn("clause", "text");
        t.AddColumn("page", "integer");
        t.AddColumn("title", "text");
        t.AddColumn("assessed_amount", "numeric");
        t.AddColumn("override_amount", "numeric");
        t.AddColumn("override_reason", "text");
        t.AddColumn("currency", "text");
        t.AddColumn("trace", "text");
        t.AddColumn("manual_reason", "text");
        t.AddColumn("file_by", "date");
        t.AddColumn("out_of_window", "boolean").NotNull().DefaultValueByExpression("false");
        foreach (var name in new[] { "filed_on", "respond_by", "accepted_on" })
            t.AddColumn(name, "date");
        t.AddColumn("accepted_amount", "numeric");
        t.AddColumn("pay_by", "date");
        t.AddColumn("received", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("deducted", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("reported_by", "text");
        // Who filed it last (the team figures count a claim for its filer, else its reporter).
        t.AddColumn("filed_by", "text");
        t.AddColumn("incidents", "integer").NotNull().DefaultValueByExpression("1");
        t.AddColumn("updated_at", "timestamp with time zone").NotNull();
        t.AddColumn("amount", "numeric").GeneratedAs("coalesce(override_amount, assessed_amount)");
        t.AddColumn("outstanding", "numeric").GeneratedAs("""
            case when status in ('waived', 'closed') then 0
            else greatest(0, coalesce(accepted_amount, override_amount, assessed_amount, 0) - received - deducted) end
            """);
        t.AddColumn("due", "text").GeneratedAs("""
            case
                when status = 'manual' then 'review'
                when status = 'assessed' and filed_on is null then 'file'
                when status in ('filed', 'disputed', 'countered') then 'chase-answer'
                when status = 'accepted' then 'chase-payment'
            end
            """);
        t.AddColumn("next_deadline", "date").GeneratedAs("""
            case
                when status in ('manual', 'assessed') and filed_on is null then file_by
                when status in ('filed', 'disputed', 'countered') then respond_by
                when status = 'accepted' then pay_by
            end
            """);
        t.Indexes.Add(new IndexDefinition("claims_waybill") { Columns = ["waybill"] });
        // The work queue: soonest deadline first (ascending sorts nulls last), then by id.
        t.Indexes.Add(new IndexDefinition("claims_queue") { Columns = ["next_deadline", "id"] });
        t.Indexes.Add(new IndexDefinition("claims_carrier") { Columns = ["carrier"] });
        return t;
    }

    public static Table Carriers()
    {
        var t = new Table("carriers") { PrimaryKeyName = "carriers_pkey" };
        t.AddColumn("code", "text").AsPrimaryKey();
        t.AddColumn("name", "text").NotNull();
        t.AddColumn("currency", "text");
        t.AddColumn("contract", "text");
        t.AddColumn("contract_effective", "date");
        t.AddColumn("lodged", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("deducted", "numeric").NotNull().DefaultValueByExpression("0");
        t.AddColumn("balance", "numeric").GeneratedAs("lodged - deducted");
        t.AddColumn("minimum_balance", "numeric");
        t.AddColumn("top_up_requested", "boolean").NotNull().DefaultValueByExpression("false");
        t.AddColumn("top_up_due", "date");
        return t;
    }

    public static Table DepositLedger()
    {
        var t = new Table("deposit_ledger") { PrimaryKeyName = "deposit_ledger_pkey" };
        t.AddColumn("carrier", "text").AsPrimaryKey();
        t.AddColumn("version", "bigint").AsPrimaryKey();
        t.AddColumn("on_date", "date").NotNull();
        t.AddColumn("kind", "text").NotNull();
        t.AddColumn("amount", "numeric").NotNull();
        t.AddColumn("currency", "text").NotNull();
        t.AddColumn("claim_id", "text");
        t.AddColumn("waybill", "text");
        t.AddColumn("reference", "text");
        t.AddColumn("recorded_by", "text").NotNull();
        return t;
    }

    public static Table Contracts()
    {
        var t = new Table("contracts") { PrimaryKeyName = "contracts_pkey" };
        t.AddColumn("carrier", "text").AsPrimaryKey();
        t.AddColumn("version", "bigint").AsPrimaryKey();
        t.AddColumn("number", "text").NotNull();
        t.AddColumn("effective", "date").NotNull();
        t.AddColumn("expires", "date");
        t.AddColumn("currency", "text").NotNull();
        t.AddColumn("file_name", "text").NotNull();
        t.AddColumn("sha256", "text").NotNull();
        t.AddColumn("yaml", "text");
        t.AddColumn("registered_at", "timestamp with time zone").NotNull();
        return t;
    }

    public static Table Volumes()
    {
        var t = new Table("volumes") { PrimaryKeyName = "volumes_pkey" };
        t.AddColumn("carrier", "text").AsPrimaryKey();
        t.AddColumn("year", "integer").AsPrimaryKey();
        t.AddColumn("month", "integer").AsPrimaryKey();
        t.AddColumn("parcels", "bigint").NotNull();
        t.AddColumn("freight", "numeric").NotNull();
        t.AddColumn("currency", "text").NotNull();
        return t;
    }
}
