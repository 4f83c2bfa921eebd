using Claims.Hosting;
using Claims.Infrastructure.Logging;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Web.Api;
using Claims.Web.Finance;
using Claims.Web.Health;
using Claims.Web.Hosting;
using Claims.Web.Localization;
using Claims.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://localhost:5080");

var dataDir = builder.Configuration["CLAIMS_DATA_DIR"] ?? Path.Combine(Environment.CurrentDirectory, ".claims-data");
var logger = ClaimsLogging.CreateLogger(builder.Configuration, Path.Combine(dataDir, "logs"), "web");
// Serilog for everything the host logs, and the diagnostic context its request logging fills.
builder.Services.AddSerilog(logger, dispose: true);
using var loggerFactory = LoggerFactory.Create(l => l.AddSerilog(logger));

await using var database = await StartupErrors.GuardAsync(logger, () => ClaimsDatabase.ResolveAsync(
    new ClaimsDatabaseSettings { Configuration = builder.Configuration, DataDirectory = dataDir },
    loggerFactory.CreateLogger("Claims.Database")));

builder.Services.AddClaimsCore(database);
// Today's due follow-ups are swept into Wolverine, which runs them (on every node; each runs once).
builder.Services.AddDueWorkSweep();
// Each morning's digests are queued once per user and day (on any number of nodes).
Claims.Notifications.NotificationsServices.AddDigestSchedule(builder.Services);
builder.Services.AddClaimsWeb();
// Sign-in cookies survive a restart: the keys live with the data, not in the user's home directory.
builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDir, "keys")));

var app = builder.Build();
await app.Services.MigrateClaimsSchemaAsync();
await app.RunFirstRunAsync();
var demoLogins = await DemoUsers.EnsureAsync(app);

app.UseClaimsWeb();
app.MapHealth();
app.MapLanguageSwitch();
app.MapOpenApi().AllowAnonymous();
app.MapRazorPages();
app.MapClaimsApi();
app.MapEvidenceDownload();
app.MapFinanceDownloads();

app.Lifetime.ApplicationStarted.Register(() =>
{
    logger.Information("Claims is running at {Urls} on {Database}", string.Join(", ", app.Urls), DatabaseDescription.Of(database));
    foreach (var (name, role, password) in demoLogins)
        logger.Information("Demo login ({Role}): {Name} / {Password}", role, name, password);
});
await app.RunAsync();

/// <summary>The web app's entry point (public so WebApplicationFactory can start it in tests).</summary>
public partial class Program;
