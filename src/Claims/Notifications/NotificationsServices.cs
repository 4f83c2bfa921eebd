using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Notifications;

/// <summary>Registers the daily digest: its tables (module "notifications"), builder, inbox, mailer, sweep and message.</summary>
public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddMigrations(NotificationsMigrations.All);
        // Notifications:* from the host's configuration (the CLI's: environment variables, Notifications__Smtp__Host).
        services.AddSingleton(sp =>
        {
            var options = new NotificationOptions();
            sp.GetService<IConfiguration>()?.GetSection("Notifications").Bind(options);
            return options;
        });
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestMailer>();
        services.AddSingleton<Inbox>();
        services.AddSingleton<DigestSweep>();
        services.AddMessageType<SendDigest>();
        return services;
    }

    /// <summary>Queue each morning's digests for as long as the host (the web app) runs.</summary>
    public static IServiceCollection AddDigestSchedule(this IServiceCollection services) =>
        services.AddHostedService<DigestSchedule>();
}
