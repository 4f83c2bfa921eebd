namespace Claims.Infrastructure.Postgres;

/// <summary>The folder holding initdb and pg_ctl of one PostgreSQL installation.</summary>
public sealed record PostgresBinaries(string Directory)
{
    private static readonly string Exe = OperatingSystem.IsWindows() ? ".exe" : "";

    public string InitDb => Path.Combine(Directory, "initdb" + Exe);

    public string PgCtl => Path.Combine(Directory, "pg_ctl" + Exe);

    /// <summary>PG_BIN first, then PATH, then the usual install folders (newest version first).</summary>
    public static PostgresBinaries Find(string? pgBin, bool searchInstalledLocations)
    {
        var candidates = CandidateDirectories(
            pgBin ?? PostgresLaunchOptions.NullIfEmpty(Environment.GetEnvironmentVariable("PG_BIN")),
            searchInstalledLocations ? Environment.GetEnvironmentVariable("PATH") : null,
            searchInstalledLocations ? InstallPatterns() : []);
        foreach (var dir in candidates)
        {
            var found = new PostgresBinaries(dir);
            if (File.Exists(found.InitDb) && File.Exists(found.PgCtl))
            {
                return found;
            }
        }

        throw new PostgresNotInstalledException();
    }

    internal static IReadOnlyList<string> CandidateDirectories(string? pgBin, string? path, IEnumerable<string> installPatterns)
    {
        var dirs = new List<string>();
        if (pgBin is not null)
        {
            dirs.Add(pgBin);
        }

        if (path is not null)
        {
            dirs.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var pattern in installPatterns)
        {
            dirs.AddRange(Expand(pattern));
        }

        return dirs.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Where installers and package managers put PostgreSQL; '*' stands for the version folder.</summary>
    internal static IEnumerable<string> InstallPatterns()
    {
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), @"C:\Program Files" }.Distinct())
            {
                yield return Path.Combine(root, "PostgreSQL", "*", "bin");
            }

            yield break;
        }

        yield return "/usr/lib/postgresql/*/bin";
        yield return "/usr/pgsql-*/bin";
        yield return "/usr/local/pgsql/bin";
        yield return "/opt/homebrew/opt/postgresql@*/bin";
        yield return "/usr/local/opt/postgresql@*/bin";
        yield return "/opt/homebrew/opt/postgresql/bin";
        yield return "/opt/homebrew/bin";
        yield return "/usr/local/bin";
        yield return "/Applications/Postgres.app/Contents/Versions/latest/bin";
    }

    /// <summary>Expands one '*' in a folder pattern, highest version first.</summary>
    private static IEnumerable<string> Expand(string pattern)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return [pattern];
        }

        var parent = Path.GetDirectoryName(pattern[..star]) ?? "";
        var namePrefix = pattern[(parent.Length + 1)..star];
        var rest = pattern[(star + 1)..];
        if (!System.IO.Directory.Exists(parent))
        {
            return [];
        }

        return System.IO.Directory.EnumerateDirectories(parent, namePrefix + "*")
            .OrderByDescending(d => VersionOf(Path.GetFileName(d)[namePrefix.Length..]))
            .Select(d => d + rest);
    }

    private static Version VersionOf(string text)
    {
        var digits = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        return Version.TryParse(digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0", out var v) ? v : new Version(0, 0);
    }
}
