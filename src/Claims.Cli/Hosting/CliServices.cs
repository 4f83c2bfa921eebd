using System.CommandLine;
using Claims.Hosting;
using Claims.Infrastructure.Logging;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Claims.Cli.Hosting;

/// <summary>
/// The services a database command needs: the embedded cluster (or the configured server) of CLI.md's "Where the
/// data is", the schema migrated, and the same feature registrations as the web app. Dispose at the end of the command.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly IHost host;
    private readonly ClaimsDatabase database;

    private CliServices(IHost host, ClaimsDatabase database)
    {
        this.host = host;
        this.database = database;
    }

    public IServiceProvider Services => host.Services;

    /// <summary>Where the data is, for messages: the embedded cluster's folder or the server and database.</summary>
    public string Where => database.Embedded is { } embedded
        ? $"the store in {embedded.DataDirectory}"
        : $"the database {new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database}";

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <param name="runsFollowUps">
    /// Run Wolverine's durable agents and follow-up handlers in this process (`claims work`); every other command only
    /// records what it decided, and its follow-ups wait in scheduled_work for a worker.
    /// </param>
    public static async Task<CliServices> StartAsync(
        ParseResult parse, CancellationToken ct, Action<IServiceCollection>? configure = null, bool runsFollowUps = false)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var dataDir = parse.GetValue(GlobalOptions.DataDir);
        if (dataDir is null && parse.GetValue(GlobalOptions.Connection) is null && configuration.GetConnectionString("Claims") is null
            && configuration["CLAIMS_DATA_DIR"] is null && WebAppData.Find(Environment.CurrentDirectory) is { } webData)
        {
            dataDir = webData;
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"Using the web app's data in {Path.GetRelativePath(Environment.CurrentDirectory, webData)} (--data-dir DIR for another store).");
        }
        var logDir = Path.Combine(dataDir ?? configuration["CLAIMS_DATA_DIR"] ?? Path.Combine(Environment.CurrentDirectory, ".claims-data"), "logs");
        // The CLI logs to its file only: stdout carries the command's output (JSON must be the only thing there).
        var logger = ClaimsLogging.CreateLogger(configuration, logDir, "cli", console: false);
        var loggerFactory = LoggerFactory.Create(l => l.AddSerilog(logger, dispose: true));
        ClaimsDatabase database;
        try
        {
            database = await ClaimsDatabase.ResolveAsync(
                new ClaimsDatabaseSettings { Configuration = configuration, Connection = parse.GetValue(GlobalOptions.Connection), DataDirectory = dataDir },
                loggerFactory.CreateLogger("Claims.Database"), ct);
        }
        catch (Exception ex) when (ex is PostgresNotInstalledException or PostgresLaunchException)
        {
            loggerFactory.Dispose();
            throw new CliException(ex.Message, ExitCodes.Failure);
        }

        // A host because Wolverine runs inside one; no default configuration or console logging (stdout is the output).
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var services = builder.Services;
        services.AddSingleton(loggerFactory);
        services.AddLogging(l => l.AddSerilog(logger));
        services.AddClaimsCore(database, m => m.RunsFollowUps = runsFollowUps);
        configure?.Invoke(services);
        var host = builder.Build();
        try
        {
            await host.Services.MigrateClaimsSchemaAsync(ct);
            await host.StartAsync(ct);
        }
        catch
        {
            host.Dispose();
            await database.DisposeAsync();
            throw;
        }
        return new CliServices(host, database);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable async)
            await async.DisposeAsync();
        else
            host.Dispose();
        await database.DisposeAsync();
    }
}
