using System.Diagnostics;
using System.Globalization;
using Claims.Register;
using Spectre.Console;

namespace Claims.Cli.Lifecycle;

/// <summary>
/// A live line while an import runs (rows read, created, duplicates, invalid, rows per second), drawn on stderr and
/// cleared at the end, only when both stdout and stderr are a terminal: piped, redirected or in-process runs get
/// nothing extra, and stdout keeps only the summary (one JSON document with --format json).
/// </summary>
internal static class ImportProgressView
{
    public static async Task<T> RunAsync<T>(TextWriter output, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected || Console.IsErrorRedirected)
            return await work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Reading the file");
                task.IsIndeterminate = true;
                return await work(new Reporter(task, Stopwatch.StartNew()));
            });
    }

    /// <summary>The progress line: what the import did so far and its rate.</summary>
    public static string Describe(ImportProgress p, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"read {p.Read:N0} · created {p.Created:N0} · duplicates {p.Duplicates:N0} · invalid {p.Invalid:N0} · {p.Read * 1000L / Math.Max(1L, (long)elapsed.TotalMilliseconds):N0} rows/s");

    // Reports arrive on the import's own flow; Spectre redraws from its thread, so a plain setter is enough.
    private sealed class Reporter(ProgressTask task, Stopwatch watch) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => task.Description = Describe(value, watch.Elapsed);
    }
}
