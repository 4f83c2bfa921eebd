using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Claims.Benchmarks.Reporting;

/// <summary>Collects every benchmark's rows of one run and writes them as one markdown table and one JSON file.</summary>
public sealed class BenchTable
{
    /// <summary>The table of this process's run; benchmarks add their rows here, Program writes it at the end.</summary>
    public static BenchTable Current { get; } = new();

    private readonly List<BenchRow> rows = [];
    private readonly Lock gate = new();

    public IReadOnlyList<BenchRow> Rows { get { lock (gate) return [.. rows]; } }

    public void Add(BenchRow row) { lock (gate) rows.Add(row); }

    public void Add(string benchmark, string operation, decimal figure, string unit,
        decimal? baseline = null, string? baselineUnit = null, string? goal = null, bool? goalMet = null) =>
        Add(new BenchRow(benchmark, operation, figure, unit, baseline, baselineUnit ?? (baseline is null ? null : unit), goal, goalMet));

    public string ToMarkdown(MachineInfo machine)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}").AppendLine();
        md.AppendLine("| Benchmark | Operation | Figure | Baseline (same run) | Ratio | Goal | Met |");
        md.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var r in Rows)
        {
            var baseline = r.Baseline is { } b ? $"{Format(b)} {r.BaselineUnit}" : "";
            var ratio = r.Ratio is { } x ? Format(x) : "";
            var met = r.GoalMet switch { true => "yes", false => "NO", null => "" };
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Benchmark} | {r.Operation} | {Format(r.Figure)} {r.Unit} | {baseline} | {ratio} | {r.Goal} | {met} |");
        }
        return md.ToString();
    }

    public string ToJson(MachineInfo machine) => JsonSerializer.Serialize(
        new { machine, rows = Rows.Select(r => new { r.Benchmark, r.Operation, r.Figure, r.Unit, r.Baseline, r.BaselineUnit, r.Ratio, r.Goal, r.GoalMet }) },
        new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>Writes bench.md and bench.json into the folder and returns the markdown.</summary>
    public async Task<string> WriteAsync(string folder, MachineInfo machine)
    {
        Directory.CreateDirectory(folder);
        var markdown = ToMarkdown(machine);
        await File.WriteAllTextAsync(Path.Combine(folder, "bench.md"), markdown);
        await File.WriteAllTextAsync(Path.Combine(folder, "bench.json"), ToJson(machine));
        return markdown;
    }

    private static string Format(decimal value) => value.ToString(value >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
