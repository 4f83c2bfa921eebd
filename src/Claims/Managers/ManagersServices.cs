using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using Claims.Managers.Scorecards;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Managers;

/// <summary>Registers what managers read: the scorecard read models, the carrier comparison and the team figures.</summary>
public static class ManagersServices
{
    public static IServiceCollection AddManagers(this IServiceCollection services)
    {
        // Projections run in the order registered: the old shares come off before the register changes the claims.
        var register = services.FirstOrDefault(d => d.ServiceType == typeof(IInlineProjection) && d.ImplementationType == typeof(ClaimsProjection))
            ?? throw new InvalidOperationException("AddManagers needs the claim lifecycle registered first (AddClaimLifecycle).");
        services.Insert(services.IndexOf(register), ServiceDescriptor.Singleton<IInlineProjection, ScorecardShareRemoval>());
        services.Insert(services.IndexOf(register), ServiceDescriptor.Singleton<IInlineProjection, Team.TeamShareRemoval>());
        services.AddInlineProjection<ScorecardProjection>();
        services.AddInlineProjection<Team.TeamProjection>();
        services.AddSingleton<Team.TeamFigures>();
        services.AddSingleton<CarrierComparison>();
        services.AddSingleton<Reallocation>();
        services.AddSingleton<ServiceLevels.ServiceLevelJudging>();
        return services;
    }
}
