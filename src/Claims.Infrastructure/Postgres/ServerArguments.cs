using System.Globalization;

namespace Claims.Infrastructure.Postgres;

/// <summary>The postgres options pg_ctl passes on (through a shell, hence the quoting).</summary>
internal static class ServerArguments
{
    public static string For(ClusterLayout layout, PostgresLaunchOptions options)
    {
        var settings = new List<(string Name, string Value)>();
        if (OperatingSystem.IsWindows())
        {
            // No Unix sockets here: TCP on loopback only. Trust authentication then lets every local user in;
            // acceptable for a single-user desktop, not for a shared machine (use ConnectionStrings__Claims there).
            settings.Add(("listen_addresses", "127.0.0.1"));
        }
        else
        {
            settings.Add(("listen_addresses", ""));
            settings.Add(("unix_socket_directories", layout.SocketDirectory));
            settings.Add(("unix_socket_permissions", "0700"));
        }

        if (!options.Durable)
        {
            settings.Add(("fsync", "off"));
            settings.Add(("synchronous_commit", "off"));
            settings.Add(("full_page_writes", "off"));
        }

        settings.AddRange(options.ServerSettings.Select(s => (s.Key, s.Value)));
        var port = layout.Port.ToString(CultureInfo.InvariantCulture);
        return $"-p {port} " + string.Join(' ', settings.Select(s => $"-c {s.Name}={Quote(s.Value)}"));
    }

    /// <summary>pg_ctl runs the server through sh (cmd on Windows): quote values so paths with spaces survive.</summary>
    internal static string Quote(string value) => OperatingSystem.IsWindows()
        ? "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
        : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
