using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace Claims.Infrastructure.Logging;

/// <summary>
/// One Serilog setup for every host: console plus a daily rolling file, structured properties from the log
/// context (correlation id, user), levels overridable from configuration ("Serilog" section).
/// </summary>
public static class ClaimsLogging
{
    public static Serilog.ILogger CreateLogger(IConfiguration configuration, string logDirectory, string application, bool console = true)
    {
        Directory.CreateDirectory(logDirectory);
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            // Framework chatter drowns the lines a support person needs; keep its warnings.
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            // Marten, Wolverine and their foundations log schema work and SQL at Information and below: an operator needs their warnings.
            .MinimumLevel.Override("Marten", LogEventLevel.Warning)
            .MinimumLevel.Override("JasperFx", LogEventLevel.Warning)
            .MinimumLevel.Override("Weasel", LogEventLevel.Warning)
            // Wolverine logs its listeners, node agents and polling at Information; failures and dead letters are warnings.
            .MinimumLevel.Override("Wolverine", LogEventLevel.Warning)
            .MinimumLevel.Override("Npgsql", LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", application)
            .WriteTo.File(
                Path.Combine(logDirectory, $"{application.ToLowerInvariant()}-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext} {CorrelationId} {Message:lj} {Properties:j}{NewLine}{Exception}");
        if (console)
        {
            config = config.WriteTo.Console(
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                outputTemplate: "{Timestamp:HH:mm:ss} [{Level:u3}] {Message:lj}{NewLine}{Exception}");
        }

        return config.CreateLogger();
    }
}
