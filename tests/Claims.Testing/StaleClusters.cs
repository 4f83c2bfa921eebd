using System.Diagnostics;
using System.Globalization;
using Claims.Infrastructure.Postgres;

namespace Claims.Testing;

/// <summary>Test clusters of test processes that were killed: their servers still run and their folders remain.</summary>
internal static class StaleClusters
{
    private const string OwnerFile = "test-owner";

    public static void WriteOwner(string folder)
    {
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(
            Path.Combine(folder, OwnerFile),
            $"{Environment.ProcessId}\n{self.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture)}\n");
    }

    public static async Task RemoveAsync(string root, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(root, prefix + "*"))
        {
            if (OwnerAlive(folder, prefix))
            {
                continue;
            }

            try
            {
                await PostgresLauncher.StopServerAsync(
                    new PostgresLaunchOptions { DataDirectory = folder, LockTimeout = TimeSpan.FromSeconds(5) }, PostgresStopMode.Immediate);
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostgresLaunchException)
            {
                // Another test process may be cleaning the same folder; whoever is first wins, the rest move on.
            }
        }
    }

    private static bool OwnerAlive(string folder, string prefix)
    {
        if (!int.TryParse(Path.GetFileName(folder)[prefix.Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            return true; // not one of ours
        }

        DateTime? started = null;
        try
        {
            var lines = File.ReadAllLines(Path.Combine(folder, OwnerFile));
            started = new DateTime(long.Parse(lines[1], CultureInfo.InvariantCulture), DateTimeKind.Utc);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            // Owner file not written yet (the owner just created the folder) or unreadable: judge by the pid alone.
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && (started is null || Math.Abs((process.StartTime.ToUniversalTime() - started.Value).TotalSeconds) < 2);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
