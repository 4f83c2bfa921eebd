using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using Claims.Managers.Scorecards;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Managers;

/// <summary>Registers what managers read: the scorecard read models and the carrier comparison.</summary>
public static class ManagersServices
{
    public static IServiceCollection AddManagers(this IServiceCollection services)
    {
        services.AddMigrations(ManagersMigrations.All);
        services.AddInlineProjection<ScorecardProjection>();
        services.AddSingleton<CarrierComparison>();
        return services;
    }
}
