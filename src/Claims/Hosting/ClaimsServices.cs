using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Postgres;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Hosting;

/// <summary>
/// Everything both hosts (web and CLI) register: the database they were given, the event store, the durable
/// messages and every feature. Program.cs files read as a table of contents because of this one call.
/// </summary>
public static class ClaimsServices
{
    /// <summary>The Wolverine handler classes (the code generator writes their adapters for exactly these).</summary>
    public static IReadOnlyList<Type> Handlers { get; } = [typeof(DeadlineHandlers), typeof(CommandHandlers), typeof(Evidence.EvidenceHandlers), typeof(Notifications.NotificationHandlers), typeof(Webhooks.WebhookHandlers)];

    public static IServiceCollection AddClaimsCore(
        this IServiceCollection services, ClaimsDatabase database, Action<MessagingOptions>? messaging = null)
    {
        services.AddSingleton(database);
        // The store's data source keeps prepared statements across pooled connections (no DISCARD ALL).
        services.AddSingleton(_ => EventStoreDataSource.Create(database.ConnectionString));
        services.AddClaimsEventStore();
        services.AddClaimsMessaging(Handlers, m =>
        {
            // Both take money from a carrier's deposit, one stream per carrier.
            m.OneAtATime.AddRange([typeof(Lifecycle.CheckPayment), typeof(Penalties.CheckPenaltyPayment)]);
            // Payment checks due together are decided in batches, one carrier's deposit a batch (DeadlineHandlers).
            m.Batch<Lifecycle.CheckPayment>(c => Lifecycle.ClaimState.CarrierOf(c.ClaimId));
            messaging?.Invoke(m);
        });
        services.AddSingleton<ReadModelAudit>();
        // Features register here, one line each.
        services.AddClaimLifecycle();
        Claims.Finance.FinanceServices.AddFinance(services);
        Claims.Evidence.EvidenceServices.AddClaimEvidence(services);
        Claims.Users.UsersServices.AddUsers(services);
        Claims.Managers.ManagersServices.AddManagers(services);
        Claims.Penalties.PenaltiesServices.AddPenalties(services);
        Claims.Notifications.NotificationsServices.AddNotifications(services);
        Claims.Webhooks.WebhooksServices.AddWebhooks(services);
        return services;
    }
}
