using System.Text.Json;

namespace Claims.Tests.Hosting;

/// <summary>The CLI ships no compiler: Marten generates no code at run time, so a command starts without Roslyn.</summary>
public sealed class NoRuntimeCompilerTests
{
    [Fact]
    public void the_cli_ships_no_compiler()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Claims.Cli.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("Marten/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => l.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("JasperFx.RuntimeCompiler", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("WolverineFx.RuntimeCompilation", StringComparison.OrdinalIgnoreCase));
    }
}
