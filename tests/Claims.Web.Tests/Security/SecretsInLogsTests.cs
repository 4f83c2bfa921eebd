using System.Net;
using System.Net.Http.Json;
using Claims.Testing;
using Claims.Users;
using Claims.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Web.Tests.Security;

/// <summary>People sign in (right and wrong passwords, page and API) on an app whose connection string holds a password:
/// neither password is in the app's log files.</summary>
public sealed class SecretsInLogsTests
{
    private const string UserPassword = "User-Secret-0815-abc", WrongPassword = "Wrong-Secret-1234-def", DbPassword = "Pg-Secret-4711-xyz";

    private sealed class App(string connectionString, string dataDir) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Claims", connectionString);
            builder.UseSetting("Demo:OnFirstRun", "false");
            builder.UseSetting("CLAIMS_DATA_DIR", dataDir);
            // Everything the app would ever write, so a secret in a debug line is caught too.
            builder.UseSetting("Logging:LogLevel:Default", "Debug");
            builder.UseSetting("Serilog:MinimumLevel", "Debug");
        }
    }

    [Fact]
    public async Task passwords_of_people_and_of_the_database_never_appear_in_the_logs()
    {
        var dataDir = Directory.CreateTempSubdirectory("claims-weblogs-").FullName;
        try
        {
            await using (var app = new App(await TestPostgres.CreateDatabaseAsync("weblogs") + $";Password={DbPassword}", dataDir))
            {
                await app.Services.GetRequiredService<UserDirectory>().EnsureAsync("li.wei", Roles.AfterSales, UserPassword);
                var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/signin", new { name = "li.wei", password = WrongPassword })).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/signin", new { name = "li.wei", password = UserPassword })).StatusCode);
                await client.GetAsync(new Uri("/queue", UriKind.Relative));
                var page = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                var token = await Forms.TokenAsync(page, "/signin");
                await Forms.PostAsync(page, "/signin", ("__RequestVerificationToken", token), ("name", "li.wei"), ("password", WrongPassword));
                await Forms.PostAsync(page, "/signin?returnUrl=/queue", ("__RequestVerificationToken", token), ("name", "li.wei"), ("password", UserPassword));
                // A password in the query string (a careless integration) must not be logged from the URL either.
                await page.GetAsync(new Uri($"/signin?password={UserPassword}", UriKind.Relative));
            }

            var logs = Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories).Where(f => !f.Contains("keys", StringComparison.Ordinal))
                .Select(f => (File: f, Text: File.ReadAllText(f))).ToList();
            Assert.True(logs.Any(l => l.Text.Contains("/signin", StringComparison.Ordinal)), "the sign-ins are not in the logs, so this test would prove nothing");
            foreach (var secret in new[] { UserPassword, WrongPassword, DbPassword })
                Assert.All(logs, l => Assert.False(l.Text.Contains(secret, StringComparison.Ordinal), $"{secret} is in {l.File}"));
        }
        finally
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }
}
