using System.Diagnostics;
using Claims.Benchmarks.Lifecycle;

namespace Claims.Benchmarks.Hosting;

/// <summary>A host of this checkout (the CLI, the web app) built in Release into a scratch folder, to run in its own process.</summary>
internal static class ProjectBuild
{
    /// <summary>The project's dll: the path in <paramref name="overrideVariable"/> if set, else freshly built.</summary>
    public static async Task<string> BuildAsync(string project, string overrideVariable, string scratch)
    {
        if (Environment.GetEnvironmentVariable(overrideVariable) is { Length: > 0 } given)
            return given;
        var artifacts = Path.Combine(scratch, project + "-build");
        var build = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            ArgumentList = { "build", Path.Combine(BenchHost.RepositoryRoot, "src", project), "-c", "Release", "-nologo", "-v", "q", "--artifacts-path", artifacts },
        };
        using var process = Process.Start(build)!;
        var log = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var dll = Path.Combine(artifacts, "bin", project, "release", project + ".dll");
        return process.ExitCode == 0 && File.Exists(dll) ? dll : throw new InvalidOperationException($"building src/{project} failed:\n" + log);
    }
}
