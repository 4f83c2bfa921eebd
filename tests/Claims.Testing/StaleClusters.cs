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
                Delete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostgresLaunchException)
            {
                // Another test process may be cleaning the same folder; whoever is first wins, the rest move on.
            }
        }
    }

    /// <summary>Deletes the owner file last, so a deletion cut short (the runner kills its host) is still recognised as stale.</summary>
    public static void Delete(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != OwnerFile).ToList())
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        Directory.Delete(folder, recursive: true);
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
            // The owner writes the file right after creating the folder: without it, only a folder that new may be alive.
            if (DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) > TimeSpan.FromMinutes(1))
            {
                return false;
            }
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
