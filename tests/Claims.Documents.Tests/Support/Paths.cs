using System.Runtime.CompilerServices;

namespace Claims.Documents.Tests.Support;

internal static class Paths
{
    /// <summary>
    /// The repository root (the folder holding Claims.sln), found by walking up from the test binaries or, when they
    /// were built elsewhere (--artifacts-path), from this source file.
    /// </summary>
    public static string RepoRoot => FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory()) ??
        throw new InvalidOperationException("Claims.sln not found above " + AppContext.BaseDirectory);

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "";

    /// <summary>test-artifacts/ at the repository root (git-ignored): files kept for people to look at.</summary>
    public static string Artifacts(string name)
    {
        var dir = Path.Combine(RepoRoot, "test-artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    public static string NewTempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "claims-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
