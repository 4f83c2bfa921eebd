using Npgsql;
using NpgsqlTypes;

namespace Claims.Benchmarks.Managers;

/// <summary>
/// Claims of 2025 for the six sample carriers, reported and filed by 50 people, written with binary COPY straight into the register (<c>claims</c>) and
/// the facts only events tell (<c>manager_claims</c>: disputes, payment dates); the scorecards are then counted by the
/// same set-based statement the projection runs for the claims a save touches. Replaying a million claims' events would only make
/// the run longer: the comparison reads the projection tables, not the events.
/// </summary>
internal static class ScorecardFill
{
    /// <summary>Carrier, currency and how many of every 100 claims are theirs (YTO loses most, SF least).</summary>
    public static readonly (string Carrier, string Currency, int Share)[] Carriers =
        [("ZTO", "CNY", 22), ("YTO", "CNY", 30), ("SF", "CNY", 8), ("JD", "CNY", 12), ("CAINIAO", "CNY", 20), ("FDX", "USD", 8)];

    private static readonly string[] Incidents = ["lost", "damaged", "misdelivered", "late", "lost", "damaged", "notDeliveredToDoor"];
    private static readonly string[] Statuses = ["assessed", "filed", "accepted", "paid", "paid", "paid", "disputed", "waived"];

    public const int People = 50;

    public static string Person(int i) => $"staff{i % People:D2}";

    public static async Task CopyAsync(NpgsqlDataSource db, int count)
    {
        var picks = Carriers.SelectMany(c => Enumerable.Repeat(c, c.Share)).ToArray();
        var start = new DateOnly(2025, 1, 1);
        var at = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);
        await using var conn = await db.OpenConnectionAsync();
        await using (var copy = await conn.BeginBinaryImportAsync("""
            copy claims (id, carrier, waybill, direction, incident, incident_on, reported_on, status, assessed_amount, currency,
                file_by, out_of_window, filed_on, accepted_on, accepted_amount, received, deducted, updated_at, reported_by, filed_by) from stdin (format binary)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var (carrier, currency, _) = picks[i * 37 % picks.Length];
                var incidentOn = start.AddDays(i % 365);
                var status = Statuses[i % Statuses.Length];
                var amount = 10m + (i % 997 * 1.25m);
                var filed = status is not "assessed";
                var accepted = status is "accepted" or "paid" ? amount - (i % 5 == 0 ? 5m : 0m) : (decimal?)null;
                await copy.StartRowAsync();
                await copy.WriteAsync(Id(carrier, i), NpgsqlDbType.Text);
                await copy.WriteAsync(carrier, NpgsqlDbType.Text);
                await copy.WriteAsync($"MB{8_000_000_000L + i}", NpgsqlDbType.Text);
                await copy.WriteAsync("forward", NpgsqlDbType.Text);
                await copy.WriteAsync(Incidents[i % Incidents.Length], NpgsqlDbType.Text);
                await copy.WriteAsync(incidentOn, NpgsqlDbType.Date);
                await copy.WriteAsync(incidentOn.AddDays(1 + (i % 3)), NpgsqlDbType.Date);
                await copy.WriteAsync(status, NpgsqlDbType.Text);
                await copy.WriteAsync(amount, NpgsqlDbType.Numeric);
                await copy.WriteAsync(currency, NpgsqlDbType.Text);
                await copy.WriteAsync(incidentOn.AddDays(30), NpgsqlDbType.Date);
                await copy.WriteAsync(i % 97 == 0, NpgsqlDbType.Boolean);
                await Nullable(copy, filed ? incidentOn.AddDays(3) : null);
                await Nullable(copy, accepted is null ? null : incidentOn.AddDays(8));
                await (accepted is { } a ? copy.WriteAsync(a, NpgsqlDbType.Numeric) : copy.WriteNullAsync());
                await copy.WriteAsync(status == "paid" && i % 4 != 0 ? accepted!.Value : 0m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(status == "paid" && i % 4 == 0 ? accepted!.Value : 0m, NpgsqlDbType.Numeric);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                // 50 after-sales staff; a claim is often filed by someone other than who reported it.
                await copy.WriteAsync(Person(i), NpgsqlDbType.Text);
                await (filed ? copy.WriteAsync(Person(i * 7 / 3), NpgsqlDbType.Text) : copy.WriteNullAsync());
            }
            await copy.CompleteAsync();
        }

        // Disputed claims (some later accepted and paid) and the day the last payment came, 5 to 64 days after filing.
        await using (var facts = await conn.BeginBinaryImportAsync(
            "copy manager_claims (id, was_disputed, last_paid_on) from stdin (format binary)"))
        {
            for (var i = 0; i < count; i++)
            {
                var status = Statuses[i % Statuses.Length];
                var disputed = status == "disputed" || (status == "paid" && i % 9 == 0);
                if (!disputed && status != "paid")
                    continue;
                await facts.StartRowAsync();
                await facts.WriteAsync(Id(picks[i * 37 % picks.Length].Carrier, i), NpgsqlDbType.Text);
                await facts.WriteAsync(disputed, NpgsqlDbType.Boolean);
                await Nullable(facts, status == "paid" ? start.AddDays(i % 365).AddDays(3 + 5 + (i % 60)) : null);
            }
            await facts.CompleteAsync();
        }
    }

    private static string Id(string carrier, int i) => $"claim:{carrier}:MB{8_000_000_000L + i}:forward";

    private static Task Nullable(NpgsqlBinaryImporter copy, DateOnly? day) =>
        day is { } d ? copy.WriteAsync(d, NpgsqlDbType.Date) : copy.WriteNullAsync();
}
