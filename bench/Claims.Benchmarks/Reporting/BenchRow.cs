namespace Claims.Benchmarks.Reporting;

/// <summary>One measured figure beside its same-run baseline and its goal.</summary>
public sealed record BenchRow(
    string Benchmark,
    string Operation,
    decimal Figure,
    string Unit,
    decimal? Baseline,
    string? BaselineUnit,
    string? Goal,
    bool? GoalMet)
{
    // Ratio only when both figures are in the same unit; otherwise it would compare apples with oranges.
    public decimal? Ratio => Baseline is { } b && b != 0 && BaselineUnit == Unit ? Math.Round(Figure / b, 2) : null;
}
