using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Claims.Infrastructure.Postgres;

/// <summary>
/// Where one cluster's pieces live. DataDirectory is what the user named (.claims-data); the cluster itself
/// (pg/, sock/, server.log) is normally inside it, but moves to /var/lib/claims/clusters/HASH when we run as root
/// and the server's user cannot reach the data directory (e.g. under /root): changing the modes of someone's
/// home folder is not ours to do. The move is recorded in DATA/cluster-location.
/// </summary>
internal sealed record ClusterLayout(string DataDirectory, string ClusterRoot, string SocketDirectory, int Port, string? ServerUser)
{
    public const string RelocatedRoot = "/var/lib/claims/clusters";

    public string Host => OperatingSystem.IsWindows() ? "127.0.0.1" : SocketDirectory;

    public string PgData => Path.Combine(ClusterRoot, "pg");

    public string LogFile => Path.Combine(ClusterRoot, "server.log");

    public bool IsInitialised => File.Exists(Path.Combine(PgData, "PG_VERSION"));

    public string LocationFile => Path.Combine(DataDirectory, "cluster-location");

    /// <summary>Reads the layout of an existing data directory without creating anything.</summary>
    public static ClusterLayout Read(string dataDirectory, int port)
    {
        var locationFile = Path.Combine(dataDirectory, "cluster-location");
        var root = File.Exists(locationFile) ? File.ReadAllText(locationFile).Trim() : dataDirectory;
        return new ClusterLayout(dataDirectory, root, SocketDirectoryFor(root, port), ReadPort(dataDirectory) ?? port, ServerUserName());
    }

    /// <summary>Decides the layout for a data directory and creates the folders the server needs, owned by its user.</summary>
    public static async Task<ClusterLayout> PrepareAsync(string dataDirectory, int port, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDirectory);
        var layout = Read(dataDirectory, port);
        if (OperatingSystem.IsWindows())
        {
            layout = layout with { Port = ReadPort(dataDirectory) ?? WritePort(dataDirectory) };
        }

        var serverUser = layout.ServerUser;
        if (serverUser is not null && !File.Exists(layout.LocationFile) && !await CanReachAsync(serverUser, dataDirectory, ct))
        {
            var root = Path.Combine(RelocatedRoot, ShortHash(dataDirectory));
            await File.WriteAllTextAsync(layout.LocationFile, root + "\n", ct);
            layout = layout with { ClusterRoot = root, SocketDirectory = SocketDirectoryFor(root, port) };
        }

        Directory.CreateDirectory(layout.ClusterRoot);
        Directory.CreateDirectory(layout.SocketDirectory);
        if (!File.Exists(layout.LogFile))
        {
            await File.WriteAllTextAsync(layout.LogFile, "", ct);
        }

        if (!OperatingSystem.IsWindows())
        {
            // Trust authentication is safe only because nobody else can enter the socket folder.
            File.SetUnixFileMode(layout.SocketDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (serverUser is not null)
        {
            var owned = layout.ClusterRoot == dataDirectory
                ? new[] { layout.SocketDirectory, layout.LogFile }
                : [layout.ClusterRoot, layout.SocketDirectory, layout.LogFile];
            await ChownAsync(serverUser, owned, ct);
        }

        return layout;
    }

    /// <summary>DIR/sock when the socket path fits the OS limit (~107 bytes), else a short folder under /tmp.</summary>
    internal static string SocketDirectoryFor(string clusterRoot, int port)
    {
        var inside = Path.Combine(clusterRoot, "sock");
        return Encoding.UTF8.GetByteCount(Path.Combine(inside, $".s.PGSQL.{port}")) < 100
            ? inside
            // Not Path.GetTempPath(): TMPDIR may itself be long (macOS).
            : Path.Combine("/tmp", "claims-" + ShortHash(clusterRoot));
    }

    internal static string ShortHash(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12];

    /// <summary>PostgreSQL refuses to run as root, so as root the server runs as the postgres user.</summary>
    internal static string? ServerUserName() =>
        !OperatingSystem.IsWindows() && Environment.UserName == "root" ? "postgres" : null;

    private static async Task<bool> CanReachAsync(string user, string directory, CancellationToken ct)
    {
        // Asking the OS as that user covers modes, groups and ACLs of every parent at once.
        var result = await ServerProcess.RunAsync("/bin/sh", ["-c", "test -x \"$1\"", "sh", directory], user, "/", ct);
        return result.ExitCode == 0;
    }

    internal static async Task ChownAsync(string user, IEnumerable<string> paths, CancellationToken ct)
    {
        var result = await ServerProcess.RunAsync("chown", [user + ":", .. paths], null, "/", ct);
        if (result.ExitCode != 0)
        {
            throw new PostgresLaunchException($"Could not give the cluster folders to the {user} user: {result.Output}");
        }
    }

    // Windows has no Unix sockets for us: the server listens on 127.0.0.1 on a port chosen once and kept here.
    private static int? ReadPort(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "port");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null;
    }

    private static int WritePort(string dataDirectory)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        File.WriteAllText(Path.Combine(dataDirectory, "port"), port.ToString(CultureInfo.InvariantCulture));
        return port;
    }
}
