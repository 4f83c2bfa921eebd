using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Webhooks;

/// <summary>Registers webhooks: their tables (module "webhooks"), the session listener that records deliveries, the sender.</summary>
public static class WebhooksServices
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddMigrations(WebhooksMigrations.All);
        services.AddSingleton<WebhookSubscriptions>();
        services.AddSingleton<IDocumentSessionListener, WebhookOutbox>();
        services.AddMessageType<DeliverWebhook>();
        // A receiver that hangs must not hold a worker: ten seconds, then the attempt counts as failed. A redirect is an
        // answer, not an instruction: a subscription posts to the address it names and nowhere else.
        services.AddHttpClient(WebhookHandlers.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
