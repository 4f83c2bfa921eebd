using System.Diagnostics;
using System.Globalization;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>
/// The peak memory of `claims import incidents` on a large file, measured on the real command in its own process:
/// the kernel's high-water mark of its resident set (VmHWM), read while it runs.
/// </summary>
internal static class ImportPeakMemory
{
    public sealed record Result(long PeakBytes, double Seconds, string Output);

    public static async Task<Result> RunAsync(string cliDll, string connectionString, string csv)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { cliDll, "--connection", connectionString, "import", "incidents", csv, "--format", "json" },
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(50);
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"claims import exited with {process.ExitCode}: {await error}");
        var text = await output;
        return new Result(peak, clock.Elapsed.TotalSeconds, text.Length > 200 ? text[..200] : text);
    }

    /// <summary>Claims.Cli.dll: CLAIMS_CLI_DLL, else built in Release from this checkout into <paramref name="scratch"/>.</summary>
    public static Task<string> CliAsync(string scratch) => Hosting.ProjectBuild.BuildAsync("Claims.Cli", "CLAIMS_CLI_DLL", scratch);

    // /proc/PID/status "VmHWM:   123456 kB": the peak resident set so far; 0 once the process is gone.
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }
}
