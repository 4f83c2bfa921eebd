using System.Runtime.CompilerServices;

namespace Claims.Tests.Register;

internal static class Repo
{
    /// <summary>The repository root (the folder holding Claims.sln), from the test binaries or, when they were built
    /// elsewhere (--artifacts-path), from this source file.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(SourceDirectory())
        ?? throw new InvalidOperationException("Claims.sln not found above " + AppContext.BaseDirectory);

    public static string Samples => Path.Combine(Root, "contracts-samples");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "";
}
