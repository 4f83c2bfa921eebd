using Claims.Carriers;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Penalties;

/// <summary>Registers collecting service-level penalties: payments, the overdue check that deducts from the deposit, the register.</summary>
public static class PenaltiesServices
{
    public static IServiceCollection AddPenalties(this IServiceCollection services)
    {
        // Carrier stream events; the names are what the database keeps.
        services.AddEventType<ServiceLevelPenaltyPaid>();
        services.AddEventType<ServiceLevelPenaltyDeducted>();
        services.AddSingleton<PenaltyCommands>();
        services.AddSingleton<PenaltyRegister>();
        services.AddMessageType<CheckPenaltyPayment>();
        return services;
    }
}
