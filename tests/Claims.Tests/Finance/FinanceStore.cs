using System.Globalization;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Tests.Register;
using Claims.Testing;
using Npgsql;

namespace Claims.Tests.Finance;

/// <summary>
/// A store filled the way a user fills it, through the real `claims` commands: the sample contracts, a ZTO deposit,
/// ZTO claims in CNY (one deducted from the deposit, one part-paid, notes from a formula-injection corpus), FedEx
/// claims in USD, and a ZTO service-level penalty part paid. Built once and shared: the finance tests only read it.
/// </summary>
internal sealed class FinanceStore
{
    public const string Header = "waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note";

    /// <summary>Notes a spreadsheet would run as formulas if they were written carelessly (OWASP's CSV Injection page).</summary>
    public static readonly string[] InjectionCorpus =
    [
        "=1+2", "+86 138 0000 0000", "-5 refund?", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "   =HYPERLINK(\"http://x\")", "  -2+3", " \t@x",
    ];

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>How the OS user who runs the commands is shown (users.display_name).</summary>
    public const string DisplayName = "钱会计";

    private static readonly Lazy<Task<FinanceStore>> Shared = new(BuildAsync);

    private FinanceStore(string connection) => Connection = connection;

    public string Connection { get; }

    public static Task<FinanceStore> GetAsync() => Shared.Value;

    public static string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record Run(int Exit, string Out, string Err);

    public static async Task<Run> ClaimsAsync(string cs, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync([.. args, "--connection", cs], output, error);
        return new Run(exit, output.ToString(), error.ToString());
    }

    public Task<Run> ClaimsAsync(params string[] args) => ClaimsAsync(Connection, args);

    public static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"finance-{Guid.NewGuid():N}{extension}");

    private static async Task<FinanceStore> BuildAsync()
    {
        var store = new FinanceStore(await TestPostgres.CreateDatabaseAsync("finance"));
        await store.MustAsync("contracts", "load", Repo.Samples);
        // The person running these commands (the OS user the CLI records) is known to finance by a display name.
        await using (var db = NpgsqlDataSource.Create(store.Connection))
        {
            await using var user = db.CreateCommand(
                "insert into users (name, role, password_hash, created_at, display_name) values ($1, 'finance', 'not a hash', now(), $2)");
            user.Parameters.Add(new NpgsqlParameter { Value = Environment.UserName });
            user.Parameters.Add(new NpgsqlParameter { Value = DisplayName });
            await user.ExecuteNonQueryAsync();
        }
        await store.MustAsync("deposit", "lodge", "ZTO", "--amount", "20010", "--on", D(60));
        var rows = new List<string>
        {
            $"ZT910001,ZTO,lost,forward,{D(22)},{D(20)},500.00,0,12.00,,1.2,,TB1001,外箱破损 丢件",
            $"ZT910002,ZTO,lost,forward,{D(22)},{D(20)},400.00,0,10.00,,1.0,,TB1002,客户投诉",
            $"FX910001,FDX,lost,forward,{D(22)},{D(20)},300.00,250.00,40.00,,2.0,,TB2001,Lost in transit",
            $"FX910002,FDX,lost,forward,{D(22)},{D(20)},90.00,0,30.00,,0.5,,TB2002,",
        };
        rows.AddRange(InjectionCorpus.Select((note, i) =>
            $"ZT92{i:D4},ZTO,lost,forward,{D(12)},{D(10)},100.00,0,5.00,,0.8,,TB3{i:D3},\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
        var incidents = TempFile(".csv");
        await File.WriteAllLinesAsync(incidents, [Header, .. rows]);
        var import = await store.MustAsync("import", "incidents", incidents, "--format", "json");
        var created = JsonDocument.Parse(import.Out).RootElement.GetProperty("created").GetInt32();
        if (created != rows.Count)
            throw new InvalidOperationException($"Imported {created} of {rows.Count} incidents: {import.Out}");

        // ZT910001: accepted long ago and never paid -> the next work run deducts it from the deposit (and asks for a top-up).
        await store.MustAsync("file", "ZT910001", "--on", D(19));
        await store.MustAsync("respond", "ZT910001", "--accept", "--on", D(18));
        await store.MustAsync("work", "--until-idle");
        await store.MustAsync("work", "--until-idle");
        // Two photos on file for ZT910001: the packet shows them as thumbnails.
        var photos = new[] { ("box-crushed.png", 320, 240), ("label-torn.png", 200, 260) }.Select(p =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{p.Item1}");
            File.WriteAllBytes(path, Claims.Documents.Tests.Support.TestImages.Png(p.Item2, p.Item3));
            return path;
        }).ToArray();
        await store.MustAsync(["attach", "ZT910001", .. photos]);
        // ZT910002: accepted and part paid, still inside the payment window.
        await store.MustAsync("file", "ZT910002", "--on", D(5));
        await store.MustAsync("respond", "ZT910002", "--accept", "--on", D(3));
        await store.MustAsync("pay", "ZT910002", "--amount", "10.00", "--on", D(2), "--reference", "=HYPERLINK(\"x\")");
        // FX910001: filed, waiting for FedEx's answer.
        await store.MustAsync("file", "FX910001", "--on", D(1));
        // ZTO's volume for the month of the ten-day-old losses: 8 to 10 of them over 25,000 parcels is 3.2-4.0 per 10,000
        // against clause 10.1's 3, one point started either way: a penalty of 1% of 30,000.00, of which 100.00 is paid.
        var month = Today.AddDays(-10).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var volumes = TempFile(".csv");
        await File.WriteAllLinesAsync(volumes, ["carrier,month,parcels,freight", $"ZTO,{month},25000,30000.00"]);
        await store.MustAsync("import", "volumes", volumes);
        await store.MustAsync("penalties", "pay", "ZTO", "--month", month, "--id", "10.1", "--amount", "100", "--reference", "PEN-1");
        return store;
    }

    private async Task<Run> MustAsync(params string[] args)
    {
        var run = await ClaimsAsync(args);
        return run.Exit == 0 ? run : throw new InvalidOperationException($"claims {string.Join(' ', args)} failed: {run.Err}");
    }

    /// <summary>One value of the shared store (a sum, a count), for figures a document must agree with.</summary>
    public static async Task<decimal> ScalarAsync(string sql)
    {
        await using var db = NpgsqlDataSource.Create((await GetAsync()).Connection);
        await using var command = db.CreateCommand(sql);
        return Convert.ToDecimal(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of the shared store as invariant text.</summary>
    public static async Task<List<string[]>> RowsAsync(string sql)
    {
        await using var db = NpgsqlDataSource.Create((await GetAsync()).Connection);
        await using var command = db.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
