namespace Claims.Cli.Hosting;

/// <summary>
/// Where the web app keeps its data when started as the README says (<c>dotnet run --project src/Claims.Web</c> runs in
/// the project's folder, so its store is <c>src/Claims.Web/.claims-data</c>). A newcomer who then runs the CLI from the
/// repository root means that store, not a second, empty one beside it.
/// </summary>
public static class WebAppData
{
    public const string RelativePath = "src/Claims.Web/.claims-data";

    /// <summary>
    /// The web app's data folder when <paramref name="directory"/> has no store of its own and it, or a folder above it,
    /// holds the repository's <see cref="RelativePath"/> with a cluster in it; otherwise null (the usual default applies).
    /// </summary>
    public static string? Find(string directory)
    {
        if (Directory.Exists(Path.Combine(directory, ".claims-data")))
            return null;
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            // A cluster, not an empty folder someone made: PostgreSQL writes PG_VERSION when it creates one.
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "PG_VERSION", SearchOption.AllDirectories).Any())
                return candidate;
        }
        return null;
    }
}
