using System.CommandLine;
using Claims.Hosting;
using Claims.Infrastructure.Logging;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Claims.Cli.Hosting;

/// <summary>
/// The services a database command needs: the embedded cluster (or the configured server) of CLI.md's "Where the
/// data is", the schema migrated, and the same feature registrations as the web app. Dispose at the end of the command.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly ClaimsDatabase database;

    private CliServices(ServiceProvider provider, ClaimsDatabase database)
    {
        this.provider = provider;
        this.database = database;
    }

    public IServiceProvider Services => provider;

    /// <summary>Where the data is, for messages: the embedded cluster's folder or the server and database.</summary>
    public string Where => database.Embedded is { } embedded
        ? $"the store in {embedded.DataDirectory}"
        : $"the database {new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database}";

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public static async Task<CliServices> StartAsync(ParseResult parse, CancellationToken ct, Action<IServiceCollection>? configure = null)
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

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging(l => l.AddSerilog(logger));
        services.AddClaimsCore(database);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync(ct);
        return new CliServices(provider, database);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await database.DisposeAsync();
    }
}
