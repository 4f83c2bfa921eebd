using System.Diagnostics;
using System.Globalization;
using Claims.Contracts;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;
using static Claims.Benchmarks.Reporting.Stats;

namespace Claims.Benchmarks.Assess;

/// <summary>
/// Assesses 1,000,000 generated incidents against contracts-samples/ on one thread, beside a same-run baseline of
/// the same clauses hand-written in C#, and prints incidents per second and the ratio (goal: ≥ 1M/s, ≤ 3× slower).
/// </summary>
public static class AssessBenchmark
{
    public static void Run(TextWriter output, bool quick)
    {
        var count = quick ? 200_000 : 1_000_000;
        var runs = quick ? 3 : 5;
        var folder = FindSamples();
        var loaded = ContractLoader.LoadFolder(folder);
        if (loaded.Set is not { } set)
        {
            output.WriteLine($"assess: the sample contracts do not load: {string.Join("; ", loaded.Errors)}");
            return;
        }
        var baseline = new HandWrittenContracts(set.Contracts);
        var incidents = IncidentGenerator.Generate(count, seed: 20260101);
        output.WriteLine($"assess: {count:N0} incidents, {set.Contracts.Count} contracts from {folder}, one thread, median of {runs} runs");

        var disagreements = Compare(set, baseline, incidents);
        output.WriteLine(disagreements == 0
            ? "  engine and hand-written baseline agree on every incident"
            : $"  WARNING: engine and baseline disagree on {disagreements:N0} incidents (has a sample contract changed?)");

        var engine = new List<double>();
        var handWritten = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            engine.Add(Time(() => RunEngine(set, incidents)));
            handWritten.Add(Time(() => RunBaseline(baseline, incidents)));
        }
        var traced = Time(() => RunEngineTraced(set, incidents.AsSpan(0, count / 10)));

        var engineRate = count / Median(engine);
        var baselineRate = count / Median(handWritten);
        var tracedRate = count / 10 / traced;
        output.WriteLine($"  engine (compiled contract expressions)  {engineRate,12:N0} incidents/s");
        output.WriteLine($"  hand-written C# baseline                {baselineRate,12:N0} incidents/s");
        output.WriteLine($"  ratio                                   {baselineRate / engineRate,12:F2} x slower than hand-written (goal <= 3)");
        output.WriteLine($"  engine with the trace text built        {tracedRate,12:N0} incidents/s");
        output.WriteLine($"  goal >= 1,000,000 incidents/s: {(engineRate >= 1_000_000 ? "met" : "NOT met")}; within 3x: {(baselineRate / engineRate <= 3 ? "met" : "NOT met")}");
        Reporting.BenchTable.Current.Add("assess", "assess incidents (engine vs hand-written C#)", Math.Round((decimal)engineRate), "incidents/s",
            Math.Round((decimal)baselineRate), goal: ">= 1,000,000/s and ratio >= 0.33", goalMet: engineRate >= 1_000_000 && baselineRate / engineRate <= 3);
        Reporting.BenchTable.Current.Add("assess", "assess with the trace text built", Math.Round((decimal)tracedRate), "incidents/s");
    }

    private static int Compare(ContractSet set, HandWrittenContracts baseline, Incident[] incidents)
    {
        var disagreements = 0;
        foreach (var incident in incidents)
        {
            if (set.Assess(incident, withTrace: false) != baseline.Assess(incident))
                disagreements++;
        }
        return disagreements;
    }

    // Sums the amounts so the work cannot be optimised away; the sum is also a cross-check between the two.
    private static decimal RunEngine(ContractSet set, Incident[] incidents)
    {
        var total = 0m;
        foreach (var incident in incidents)
            total += set.Assess(incident, withTrace: false).Amount ?? 0m;
        return total;
    }

    private static decimal RunBaseline(HandWrittenContracts baseline, Incident[] incidents)
    {
        var total = 0m;
        foreach (var incident in incidents)
            total += baseline.Assess(incident).Amount ?? 0m;
        return total;
    }

    private static decimal RunEngineTraced(ContractSet set, ReadOnlySpan<Incident> incidents)
    {
        var total = 0m;
        foreach (var incident in incidents)
            total += set.Assess(incident).Trace?.Length ?? 0;
        return total;
    }

    private static double Time(Func<decimal> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        GC.KeepAlive(result);
        return watch.Elapsed.TotalSeconds;
    }

    private static string FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "contracts-samples");
                if (Directory.Exists(candidate))
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate).ToString(CultureInfo.InvariantCulture);
            }
        }
        return "contracts-samples";
    }
}
