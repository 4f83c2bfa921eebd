using Claims.Hosting;
using Claims.Infrastructure.Logging;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Web.Health;
using Claims.Web.Home;
using Claims.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? "http://localhost:5080");

var dataDir = builder.Configuration["CLAIMS_DATA_DIR"] ?? Path.Combine(Environment.CurrentDirectory, ".claims-data");
var logger = ClaimsLogging.CreateLogger(builder.Configuration, Path.Combine(dataDir, "logs"), "web");
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(logger, dispose: true);
using var loggerFactory = LoggerFactory.Create(l => l.AddSerilog(logger));

await using var database = await StartupErrors.GuardAsync(logger, () => ClaimsDatabase.ResolveAsync(
    new ClaimsDatabaseSettings { Configuration = builder.Configuration, DataDirectory = dataDir },
    loggerFactory.CreateLogger("Claims.Database")));

builder.Services.AddClaimsCore(database);
builder.Services.AddMessageWorkerService();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ConflictProblemHandler>();

var app = builder.Build();
await app.Services.MigrateClaimsSchemaAsync();
await app.RunFirstRunAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseClaimsRequestLogging();
app.MapHealth();
app.MapHome();

app.Lifetime.ApplicationStarted.Register(() =>
    logger.Information("Claims is running at {Urls} on {Database}", string.Join(", ", app.Urls), DatabaseDescription.Of(database)));
await app.RunAsync();
