using System.Net;
using System.Net.Http.Json;
using Claims.Testing;
using Claims.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Support;

/// <summary>
/// The real app in memory (WebApplicationFactory) on its own fresh database of the test cluster, with the sample
/// contracts registered, no demo data, and one user per role (name = role, password below).
/// </summary>
public class ClaimsWebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct-horse-1";
    private string connectionString = "";
    private readonly string dataDir = Directory.CreateTempSubdirectory("claims-webtest-").FullName;

    public virtual async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        await EnsureUsersAsync();
    }

    /// <summary>The test database, which must exist before the host is built (or the app starts an embedded cluster of its own).</summary>
    protected async Task CreateDatabaseAsync() => connectionString = await TestPostgres.CreateDatabaseAsync("web");

    protected async Task EnsureUsersAsync()
    {
        var users = Services.GetRequiredService<UserDirectory>();
        foreach (var role in Roles.All)
            await users.EnsureAsync(role, role, Password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Claims", connectionString);
        builder.UseSetting("Demo:OnFirstRun", "false");
        builder.UseSetting("CLAIMS_DATA_DIR", dataDir);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>A client with its own cookies, not following redirects (tests look at the 302 itself).</summary>
    public HttpClient Anonymous(string language = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public async Task<HttpClient> SignedInAsync(string role, string language = "en")
    {
        var client = Anonymous(language);
        var response = await client.PostAsJsonAsync("/api/signin", new { name = role, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public virtual Task DisposeBrowserAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeBrowserAsync();
        await DisposeAsync();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
