namespace Claims.Demo;

/// <summary>The repository's sample contract folder, found from wherever the app was started inside the checkout.</summary>
public static class SampleContracts
{
    public const string FolderName = "contracts-samples";

    /// <summary>The first <c>contracts-samples</c> folder in <paramref name="start"/> or one of its parents, or null.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
