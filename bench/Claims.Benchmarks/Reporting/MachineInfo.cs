using System.Globalization;
using System.Runtime.InteropServices;

namespace Claims.Benchmarks.Reporting;

/// <summary>The machine a run was measured on, printed above the table so figures are read in context.</summary>
public sealed record MachineInfo(int Cores, string Memory, string Os, string? PostgreSql)
{
    public static MachineInfo Current(string? postgreSqlVersion) =>
        new(Environment.ProcessorCount, TotalMemory(), RuntimeInformation.OSDescription, postgreSqlVersion);

    public override string ToString() =>
        $"{Cores} cores, {Memory} memory, {Os}, PostgreSQL {PostgreSql ?? "not used"}";

    // /proc/meminfo is the only source that reports the machine's memory rather than the process's limit.
    private static string TotalMemory()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return $"{kb / 1024m / 1024m:0.0} GiB";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return "unknown";
        }
    }
}
