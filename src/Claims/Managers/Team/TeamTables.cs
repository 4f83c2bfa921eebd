using Weasel.Postgresql.Tables;

namespace Claims.Managers.Team;

/// <summary>
/// The team figures' read-model tables: per person, currency and month of report, the sums (<c>team_months</c>) and the
/// counted marks (<c>team_marks</c>: days from incident to report and from report to filing, the filing deadlines of
/// claims not filed, the next deadlines of open claims), each with an insert-only change table folded in now and then.
/// </summary>
internal static class TeamTables
{
    public const string Sums = "claims, incidents, filed, filed_in_window, filed_late, filed_late_amount, claimed, recovered";

    private static readonly string[] Money = ["filed_late_amount", "claimed", "recovered"];

    private static readonly (string Name, string Type)[] Keys = [("person", "text"), ("currency", "text"), ("year", "integer"), ("month", "integer")];

    public static Table Months(string name) => Keyed(name, Keys, t =>
    {
        foreach (var sum in Sums.Split(", "))
            t.AddColumn(sum, Money.Contains(sum) ? "numeric" : "integer").NotNull();
    });

    public static Table Marks(string name) => Keyed(name, [.. Keys, ("kind", "text"), ("mark", "integer")], t =>
    {
        t.AddColumn("claims", "integer").NotNull();
        t.AddColumn("amount", "numeric").NotNull();
    });

    // The folded table has a key (compaction upserts into it); its change table takes inserts only, so concurrent saves
    // never wait on one another's row.
    private static Table Keyed(string name, (string Name, string Type)[] keys, Action<Table> columns)
    {
        var keyed = !name.EndsWith("_changes", StringComparison.Ordinal);
        var t = new Table(name);
        if (keyed)
            t.PrimaryKeyName = name + "_pkey";
        foreach (var (column, type) in keys)
        {
            var c = t.AddColumn(column, type).NotNull();
            if (keyed)
                c.AsPrimaryKey();
        }
        columns(t);
        return t;
    }
}
