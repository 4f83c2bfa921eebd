using System.Diagnostics;
using System.Text;

namespace Claims.Infrastructure.Postgres;

/// <summary>Runs the PostgreSQL tools, as the server's own user when we are root (PostgreSQL refuses to run as root).</summary>
internal static class ServerProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, string? runAs, string workingDirectory, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server user may not be able to enter our current directory (e.g. /root).
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }

        if (runAs is not null)
        {
            psi.UserName = runAs;
        }

        // Messages are parsed by nobody, but read by people: keep them in English whatever the caller's locale.
        psi.Environment["LC_MESSAGES"] = "C";
        using var process = Process.Start(psi) ?? throw new PostgresLaunchException($"Could not start {file}.");
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        await process.WaitForExitAsync(ct);
        await Task.WhenAll(stdout, stderr);
        return new Result(process.ExitCode, output.ToString().Trim());
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (sink)
            {
                sink.AppendLine(line);
            }
        }
    }

    /// <summary>Whether the process still runs and is the one recorded (a pid alone may have been reused).</summary>
    public static bool IsAlive(int pid, DateTime? startedUtc = null) =>
        Inspect(pid, process => startedUtc is null || Math.Abs((process.StartTime.ToUniversalTime() - startedUtc.Value).TotalSeconds) < 2);

    /// <summary>Whether a live PostgreSQL server process has this pid (not some other program that got the pid later).</summary>
    public static bool IsPostgres(int pid) =>
        Inspect(pid, process => process.ProcessName.StartsWith("postgres", StringComparison.OrdinalIgnoreCase));

    private static bool Inspect(int pid, Func<Process, bool> test)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && !IsZombie(pid) && test(process);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exists but belongs to someone we may not inspect: treat as alive, the safe side.
            return true;
        }
    }

    /// <summary>
    /// A killed process stays a zombie until its parent reaps it, and in containers whose init never reaps that is
    /// forever; it still "exists" to kill(0) and to Process, but it is dead.
    /// </summary>
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < stat.Length && stat[afterName + 2] == 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // no /proc (macOS, Windows): the other checks decide
        }
    }

    public static DateTime CurrentProcessStartUtc()
    {
        using var self = Process.GetCurrentProcess();
        return self.StartTime.ToUniversalTime();
    }
}
