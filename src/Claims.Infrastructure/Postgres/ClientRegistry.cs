using System.Globalization;

namespace Claims.Infrastructure.Postgres;

/// <summary>
/// Which processes use a cluster's server: one file per user in DATA/clients. The last user to leave stops the
/// server, so the CLI finishing does not pull the server from under a web app that reused it (or the reverse);
/// entries of killed processes are recognised as dead and ignored.
/// </summary>
internal sealed class ClientRegistry(string dataDirectory)
{
    private readonly string _folder = Path.Combine(dataDirectory, "clients");

    public string Register()
    {
        Directory.CreateDirectory(_folder);
        var pid = Environment.ProcessId;
        var path = Path.Combine(_folder, $"{pid}-{Guid.NewGuid():N}");
        File.WriteAllText(path, $"{pid}\n{ServerProcess.CurrentProcessStartUtc().Ticks.ToString(CultureInfo.InvariantCulture)}\n");
        return path;
    }

    public static void Unregister(string registration) => File.Delete(registration);

    /// <summary>Live users other than <paramref name="except"/>; entries of dead processes are removed on the way.</summary>
    public IReadOnlyList<int> LiveClients(string? except = null)
    {
        if (!Directory.Exists(_folder))
        {
            return [];
        }

        var live = new List<int>();
        foreach (var path in Directory.EnumerateFiles(_folder))
        {
            if (path == except)
            {
                continue;
            }

            if (Read(path) is { } client && ServerProcess.IsAlive(client.Pid, client.StartedUtc))
            {
                live.Add(client.Pid);
            }
            else
            {
                File.Delete(path);
            }
        }

        return live;
    }

    private static (int Pid, DateTime StartedUtc)? Read(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            return lines.Length >= 2
                && int.TryParse(lines[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && long.TryParse(lines[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
                ? (pid, new DateTime(ticks, DateTimeKind.Utc))
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
