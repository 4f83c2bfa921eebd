using Npgsql;
using NpgsqlTypes;

namespace Claims.Benchmarks.Finance;

/// <summary>
/// Fills the claims read model directly with binary COPY: an export benchmark measures reading and writing the
/// register, and replaying a million claims through the lifecycle first would only make the run longer.
/// The rows are shaped like real ones (contract clauses, amounts, dates, Chinese notes, CNY and USD).
/// </summary>
internal static class RegisterFill
{
    private static readonly (string Carrier, string Contract, string Currency)[] Carriers =
    [
        ("ZTO", "ZTO-SH-2026-017", "CNY"), ("YTO", "YTO-HZ-2026-021", "CNY"), ("SF", "SF-SZ-2026-003", "CNY"),
        ("JD", "JD-BJ-2026-008", "CNY"), ("FDX", "FDX-INT-2026-002", "USD"),
    ];

    private static readonly string[] Incidents = ["lost", "damaged", "misdelivered", "late"];
    private static readonly string[] Statuses = ["assessed", "filed", "accepted", "paid", "disputed"];

    public static async Task CopyAsync(NpgsqlDataSource db, int from, int count)
    {
        await using var conn = await db.OpenConnectionAsync();
        await using var copy = await conn.BeginBinaryImportAsync("""
            copy claims (id, carrier, waybill, direction, incident, order_id, shipped_on, incident_on, reported_on, facts, status,
                contract, clause, page, title, assessed_amount, currency, trace, file_by, filed_on, respond_by, accepted_on,
                accepted_amount, pay_by, received, deducted, reported_by, updated_at) from stdin (format binary)
            """);
        // Incidents of 2025, so the packet benchmark's months (2026) hold only the claims it reports itself.
        var start = new DateOnly(2025, 1, 1);
        var at = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = from; i < from + count; i++)
        {
            var (carrier, contract, currency) = Carriers[i % Carriers.Length];
            var waybill = $"BX{7_000_000_000L + i}";
            var incidentOn = start.AddDays(i % 300);
            var status = Statuses[i % Statuses.Length];
            var amount = 10m + (i % 997 * 1.25m);
            var accepted = status is "accepted" or "paid" ? amount : (decimal?)null;
            await copy.StartRowAsync();
            await copy.WriteAsync($"claim:{carrier}:{waybill}:forward", NpgsqlDbType.Text);
            await copy.WriteAsync(carrier, NpgsqlDbType.Text);
            await copy.WriteAsync(waybill, NpgsqlDbType.Text);
            await copy.WriteAsync("forward", NpgsqlDbType.Text);
            await copy.WriteAsync(Incidents[i % Incidents.Length], NpgsqlDbType.Text);
            await copy.WriteAsync($"TB{i:D10}", NpgsqlDbType.Text);
            await copy.WriteAsync(incidentOn.AddDays(-2), NpgsqlDbType.Date);
            await copy.WriteAsync(incidentOn, NpgsqlDbType.Date);
            await copy.WriteAsync(incidentOn.AddDays(1), NpgsqlDbType.Date);
            await copy.WriteAsync($$"""{"goodsValue": {{amount * 4}}, "freight": 12.00, "note": "{{(i % 11 == 0 ? "=客户投诉 外箱破损" : "客户反馈包裹外箱破损，内物受损")}}"}""", NpgsqlDbType.Jsonb);
            await copy.WriteAsync(status, NpgsqlDbType.Text);
            await copy.WriteAsync(contract, NpgsqlDbType.Text);
            await copy.WriteAsync($"4.{i % 4 + 1}", NpgsqlDbType.Text);
            await copy.WriteAsync(3 + (i % 6), NpgsqlDbType.Integer);
            await copy.WriteAsync("未保价快件丢失，按实际损失赔偿，最高不超过运费的3倍", NpgsqlDbType.Text);
            await copy.WriteAsync(amount, NpgsqlDbType.Numeric);
            await copy.WriteAsync(currency, NpgsqlDbType.Text);
            await copy.WriteAsync($"min(goodsValue={amount * 4:F2}, 3 * freight=36.00) = {amount:F2}", NpgsqlDbType.Text);
            await copy.WriteAsync(incidentOn.AddDays(30), NpgsqlDbType.Date);
            await Nullable(copy, status == "assessed" ? null : incidentOn.AddDays(3));
            await Nullable(copy, status == "assessed" ? null : incidentOn.AddDays(10));
            await Nullable(copy, accepted is null ? null : incidentOn.AddDays(8));
            await (accepted is { } a ? copy.WriteAsync(a, NpgsqlDbType.Numeric) : copy.WriteNullAsync());
            await Nullable(copy, accepted is null ? null : incidentOn.AddDays(23));
            await copy.WriteAsync(status == "paid" ? amount : 0m, NpgsqlDbType.Numeric);
            await copy.WriteAsync(0m, NpgsqlDbType.Numeric);
            await copy.WriteAsync("售后-" + (i % 12), NpgsqlDbType.Text);
            await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
        }

        await copy.CompleteAsync();
    }

    private static Task Nullable(NpgsqlBinaryImporter copy, DateOnly? day) =>
        day is { } d ? copy.WriteAsync(d, NpgsqlDbType.Date) : copy.WriteNullAsync();
}
