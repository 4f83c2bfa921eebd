using Claims.Demo;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Npgsql;

namespace Claims.Web.Hosting;

/// <summary>
/// What the app does at start before it serves: registers the contract folder (idempotent: an unchanged file is not
/// registered again) and, on a store with nothing recorded yet, fills the demo data so a new user sees a working shop.
/// Config: <c>Contracts:Folder</c> (default: contracts-samples/ found upwards), <c>Demo:OnFirstRun</c> (default true),
/// <c>Demo:Months</c>, <c>Demo:ParcelsPerMonth</c>.
/// </summary>
public static class FirstRun
{
    public static async Task RunFirstRunAsync(this WebApplication app, CancellationToken ct = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Claims.Web.FirstRun");
        await LoadContractsAsync(app, logger, ct);
        if (app.Configuration.GetValue("Demo:OnFirstRun", true) && await IsEmptyAsync(app.Services, ct))
            await FillDemoAsync(app, logger, ct);
    }

    private static async Task LoadContractsAsync(WebApplication app, ILogger logger, CancellationToken ct)
    {
        var configured = app.Configuration["Contracts:Folder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? SampleContracts.Find(Directory.GetCurrentDirectory()) ?? SampleContracts.Find(app.Environment.ContentRootPath)
            : Path.GetFullPath(configured, app.Environment.ContentRootPath);
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No contract folder to load ({Folder}); set Contracts:Folder or load contracts with 'claims contracts load DIR'",
                folder ?? SampleContracts.FolderName + "/ not found from " + Directory.GetCurrentDirectory());
            return;
        }
        var loaded = await app.Services.GetRequiredService<ContractRegistration>().LoadFolderAsync(folder, Actor.System, ct);
        foreach (var error in loaded.Errors)
            logger.LogWarning("Contract folder {Folder}: {Error}", folder, error);
        if (loaded.Errors.Count == 0)
            logger.LogInformation("Contracts from {Folder}: {Registered} registered, {Unchanged} already registered",
                folder, loaded.Registered.Count, loaded.Unchanged.Count);
    }

    // Empty: nothing recorded but contract registrations. A shop that has started real work never gets demo data.
    private static async Task<bool> IsEmptyAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "select not exists (select 1 from mt_events where type <> 'ContractRegistered')");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task FillDemoAsync(WebApplication app, ILogger logger, CancellationToken ct)
    {
        var defaults = new DemoOptions();
        var options = defaults with
        {
            Months = app.Configuration.GetValue("Demo:Months", defaults.Months),
            ParcelsPerMonth = app.Configuration.GetValue("Demo:ParcelsPerMonth", defaults.ParcelsPerMonth),
        };
        logger.LogInformation("First run on an empty store: filling {Months} months of demo data (Demo:OnFirstRun=false turns this off)", options.Months);
        var tenth = -1;
        var progress = new Progress<DemoProgress>(p =>
        {
            if (p.Stage != "days" || p.Done * 10 / Math.Max(1, p.Total) is var t && t == Interlocked.Exchange(ref tenth, t))
                return;
            logger.LogInformation("Demo data: {Percent}% of the days played", t * 10);
        });
        var summary = await DemoData.FillAsync(app.Services, options, progress, ct);
        logger.LogInformation(
            "Demo data from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}: {Carriers} carriers, {Parcels:N0} parcels, {Claims:N0} claims, {Deductions:N0} deposit deductions, {TopUps} top-up requests in {Seconds:0.0} s",
            summary.From, summary.To, summary.Carriers, summary.Parcels, summary.Claims, summary.Deductions, summary.TopUpRequests, summary.Elapsed.TotalSeconds);
    }
}
