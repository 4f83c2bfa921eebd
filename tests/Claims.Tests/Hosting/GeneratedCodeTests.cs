using System.Diagnostics;
using Claims.Tests.Register;

namespace Claims.Tests.Hosting;

/// <summary>The hosts load Wolverine's handler code pre-generated (no compiler at run time): it must match the handlers.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task the_committed_wolverine_handler_code_is_what_the_generator_writes_today()
    {
        var committed = Path.Combine(Repo.Root, "src", "Claims", "Internal", "Generated");
        var fresh = Directory.CreateTempSubdirectory("claims-codegen-").FullName;
        try
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(CodegenDll());
            info.ArgumentList.Add(fresh);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await output + error);

            var expected = Files(fresh);
            Assert.NotEmpty(expected);
            Assert.True(expected.Keys.Order().SequenceEqual(Files(committed).Keys.Order()),
                "the handler classes changed: run ./build.sh codegen and commit src/Claims/Internal/Generated");
            foreach (var (name, text) in Files(committed))
                Assert.True(expected[name] == text, $"{name} is out of date: run ./build.sh codegen and commit src/Claims/Internal/Generated");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => File.ReadAllText(f).ReplaceLineEndings("\n"));

    // Built beside the tests in the same configuration (the project reference in Claims.Tests.csproj).
    private static string CodegenDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Repo.Root, "tools", "Claims.Codegen", "bin", configuration, "net10.0", "Claims.Codegen.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build tools/Claims.Codegen first", dll);
    }
}
