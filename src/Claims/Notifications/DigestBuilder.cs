using System.Globalization;
using Claims.Managers;
using Claims.Users;
using Npgsql;

namespace Claims.Notifications;

/// <summary>
/// What goes in a user's digest on a day, by role. After-sales: their own claims (filed by them, or reported by them and
/// not filed) whose filing window or the carrier's answer ends within <see cref="NotificationOptions.DaysAhead"/> days,
/// or is already past, soonest first. Finance: payments due within those days or overdue, deductions from deposits made
/// yesterday and today, top-ups asked for. Managers (and administrators): penalties judged in the last seven days and the
/// carriers whose incident rate moved most between the last two full months.
/// </summary>
public sealed class DigestBuilder(NpgsqlDataSource db, CarrierComparison comparison, NotificationOptions options)
{
    /// <summary>A digest is a reminder, not a register: past this many lines a section says how many more there are.</summary>
    public const int MaxLines = 50;

    public async Task<Digest> BuildAsync(DigestRecipient user, DateOnly day, CancellationToken ct = default)
    {
        var zh = user.Settings.Language == "zh";
        var horizon = day.AddDays(options.DaysAhead);
        List<DigestSection> sections = user.Role switch
        {
            Roles.AfterSales => [await OwnDeadlinesAsync(user.Name, day, horizon, zh, ct)],
            Roles.Finance => [await PaymentsAsync(day, horizon, zh, ct), await DeductionsAsync(day, zh, ct), await TopUpsAsync(zh, ct)],
            _ => [await PenaltiesAsync(day, zh, ct), await RatesAsync(day, zh, ct)],
        };
        return new Digest(user.Name, user.Role, day, user.Settings.Language, [.. sections.Where(s => s.Items.Count > 0)]);
    }

    private async Task<DigestSection> OwnDeadlinesAsync(string user, DateOnly day, DateOnly horizon, bool zh, CancellationToken ct) =>
        await SectionAsync(zh ? "您的截止日期" : "Your deadlines", """
            select c.id, coalesce(k.name, c.carrier), c.waybill, c.due, c.next_deadline, null::numeric, c.currency
            from claims c left join carriers k on k.code = c.carrier
            where lower(coalesce(c.filed_by, c.reported_by)) = lower($1) and c.due in ('review', 'file', 'chase-answer')
              and c.next_deadline <= $2
            order by c.next_deadline, c.id
            """, [user, horizon], day, zh, ct);

    private async Task<DigestSection> PaymentsAsync(DateOnly day, DateOnly horizon, bool zh, CancellationToken ct) =>
        await SectionAsync(zh ? "到期或逾期的付款" : "Payments due or overdue", """
            select c.id, coalesce(k.name, c.carrier), c.waybill, c.due, c.pay_by, c.outstanding, c.currency
            from claims c left join carriers k on k.code = c.carrier
            where c.status = 'accepted' and c.pay_by <= $1
            order by c.pay_by, c.id
            """, [horizon], day, zh, ct);

    private async Task<DigestSection> DeductionsAsync(DateOnly day, bool zh, CancellationToken ct)
    {
        var items = new List<DigestItem>();
        await using var command = Command("""
            select l.claim_id, coalesce(k.name, l.carrier), l.waybill, -l.amount, l.currency, l.on_date, l.reference
            from deposit_ledger l left join carriers k on k.code = l.carrier
            where l.kind = 'deducted' and l.on_date between $1 and $2
            order by l.on_date, l.carrier, l.version
            """, day.AddDays(-1), day);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var what = r.IsDBNull(2) ? r.IsDBNull(6) ? "" : r.GetString(6) : r.GetString(2);
            items.Add(new DigestItem(zh
                ? $"{r.GetString(1)} 保证金扣款 {Money(r.GetDecimal(3), r.GetString(4))}（{what}，{Date(r.GetFieldValue<DateOnly>(5))}）"
                : $"{r.GetString(1)}: {Money(r.GetDecimal(3), r.GetString(4))} deducted from the deposit ({what}, {Date(r.GetFieldValue<DateOnly>(5))})",
                r.IsDBNull(0) ? null : r.GetString(0)));
        }
        return Limited(zh ? "昨今两日的保证金扣款" : "Deducted from deposits yesterday and today", items);
    }

    private async Task<DigestSection> TopUpsAsync(bool zh, CancellationToken ct)
    {
        var items = new List<DigestItem>();
        await using var command = Command("select name, top_up_due, minimum_balance - balance, currency from carriers where top_up_requested order by code");
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var due = r.IsDBNull(1) ? "" : Date(r.GetFieldValue<DateOnly>(1));
            var amount = r.IsDBNull(2) || r.IsDBNull(3) ? "" : Money(Math.Max(0m, r.GetDecimal(2)), r.GetString(3));
            items.Add(new DigestItem(zh ? $"{r.GetString(0)} 需补足保证金 {amount}{(due.Length > 0 ? $"，截止 {due}" : "")}"
                : $"{r.GetString(0)}: deposit top-up of {amount} requested{(due.Length > 0 ? $", by {due}" : "")}"));
        }
        return Limited(zh ? "待补足的保证金" : "Deposit top-ups requested", items);
    }

    private async Task<DigestSection> PenaltiesAsync(DateOnly day, bool zh, CancellationToken ct)
    {
        var items = new List<DigestItem>();
        await using var command = Command("""
            select coalesce(k.name, p.carrier), p.year, p.month, p.id, p.title, p.amount, p.currency
            from manager_penalties p left join carriers k on k.code = p.carrier
            where not p.withdrawn and p.judged_on between $1 and $2
            order by p.judged_on, p.carrier, p.id
            """, day.AddDays(-7), day);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var month = $"{r.GetInt32(1):D4}-{r.GetInt32(2):D2}";
            var amount = r.IsDBNull(5) ? (zh ? "待人工核定" : "to assess by hand") : Money(r.GetDecimal(5), r.GetString(6));
            var title = r.IsDBNull(4) ? "" : r.GetString(4);
            items.Add(new DigestItem(zh ? $"{r.GetString(0)} {month} 第 {r.GetString(3)} 条 {title}：罚款 {amount}"
                : $"{r.GetString(0)} {month}, clause {r.GetString(3)} {title}: penalty {amount}"));
        }
        return Limited(zh ? "近 7 天判定的罚款" : "Penalties judged in the last 7 days", items);
    }

    private async Task<DigestSection> RatesAsync(DateOnly day, bool zh, CancellationToken ct)
    {
        var last = YearMonth.Of(day).AddMonths(-1);
        var before = await comparison.CompareAsync(new ComparisonRequest(last.AddMonths(-1), last.AddMonths(-1)), ct);
        var now = await comparison.CompareAsync(new ComparisonRequest(last, last), ct);
        var moves = now.Carriers
            .Select(c => (c, was: before.Carriers.FirstOrDefault(b => b.Carrier == c.Carrier && b.Currency == c.Currency)?.Figures.IncidentsPer10k))
            .Where(x => x.c.Figures.IncidentsPer10k is not null && x.was is not null)
            .Select(x => (x.c.CarrierName, Was: x.was!.Value, Is: x.c.Figures.IncidentsPer10k!.Value))
            .Where(x => x.Is != x.Was)
            .OrderByDescending(x => Math.Abs(x.Is - x.Was)).ThenBy(x => x.CarrierName, StringComparer.Ordinal).Take(3)
            .Select(x => new DigestItem(zh
                ? $"{x.CarrierName} 每万件异常 {Rate(x.Was)} → {Rate(x.Is)}（{Signed(x.Is - x.Was)}）"
                : $"{x.CarrierName}: incidents per 10,000 parcels {Rate(x.Was)} → {Rate(x.Is)} ({Signed(x.Is - x.Was)})"))
            .ToList();
        return new DigestSection(zh ? $"异常率变化最大的承运商（{last.AddMonths(-1)} → {last}）" : $"Carriers whose incident rate moved most ({last.AddMonths(-1)} → {last})", moves);
    }

    private async Task<DigestSection> SectionAsync(string title, string sql, object[] parameters, DateOnly day, bool zh, CancellationToken ct)
    {
        var items = new List<DigestItem>();
        await using var command = Command(sql, parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var deadline = r.GetFieldValue<DateOnly>(4);
            var overdue = deadline < day;
            var what = Due(r.IsDBNull(3) ? "" : r.GetString(3), zh);
            var amount = r.IsDBNull(5) || r.IsDBNull(6) ? "" : " " + Money(r.GetDecimal(5), r.GetString(6));
            var when = zh ? (overdue ? $"已逾期（截止 {Date(deadline)}）" : $"截止 {Date(deadline)}")
                : overdue ? $"overdue (was due {Date(deadline)})" : $"by {Date(deadline)}";
            items.Add(new DigestItem(zh ? $"{what}：{r.GetString(1)} {r.GetString(2)}{amount}，{when}" : $"{what}: {r.GetString(1)} {r.GetString(2)}{amount}, {when}",
                r.GetString(0), overdue));
        }
        return Limited(title, items);
    }

    private static DigestSection Limited(string title, List<DigestItem> items) =>
        new(title, items.Take(MaxLines).ToList(), Math.Max(0, items.Count - MaxLines));

    private static string Due(string due, bool zh) => (due, zh) switch
    {
        ("review", true) => "人工核定",
        ("review", false) => "Assess by hand",
        ("file", true) => "提交索赔",
        ("file", false) => "File the claim",
        ("chase-answer", true) => "催承运商答复",
        ("chase-answer", false) => "Chase the carrier's answer",
        ("chase-payment", true) => "催付款",
        ("chase-payment", false) => "Chase the payment",
        (_, true) => "待办",
        _ => "To do",
    };

    private NpgsqlCommand Command(string sql, params object[] parameters)
    {
        var command = db.CreateCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        return command;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount, string currency) =>
        amount.ToString("N2", CultureInfo.InvariantCulture) + " " + currency;

    private static string Rate(decimal rate) => rate.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(decimal change) => change.ToString("+0.0;-0.0", CultureInfo.InvariantCulture);
}
