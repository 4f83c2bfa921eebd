using System.Net;
using System.Text.Json;
using Claims.Users;
using Claims.Web.Tests.Support;

namespace Claims.Web.Tests.Hosting;

/// <summary>
/// Marten generates no code at run time here: the app ships no compiler, and taking commands and projecting them loads
/// none. (A compiler at start would add seconds to every CLI command and web start.)
/// </summary>
public sealed class NoRuntimeCompilerTests(ClaimsWebApp app) : IClassFixture<ClaimsWebApp>
{
    private static readonly string[] Compilers = ["Microsoft.CodeAnalysis", "JasperFx.RuntimeCompiler", "WolverineFx.RuntimeCompilation"];

    [Fact]
    public void the_web_app_ships_no_compiler()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Claims.Web.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("Marten/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => Compilers.Any(c => l.StartsWith(c, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task reporting_filing_and_projecting_claims_loads_no_compiler()
    {
        var client = await app.SignedInAsync(Roles.AfterSales);
        var claim = await Incidents.ReportAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri($"/api/claims/{claim.Escaped()}/file", UriKind.Relative), JsonContent())).StatusCode);

        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").ToList();
        Assert.Contains("Marten", loaded);
        Assert.DoesNotContain(loaded, a => Compilers.Any(c => a.StartsWith(c, StringComparison.OrdinalIgnoreCase)));
    }

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");
}
