using Claims.Infrastructure.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Evidence;

/// <summary>Registers evidence: its table (module "evidence"), its settings and the <see cref="EvidenceStore"/>.</summary>
public static class EvidenceServices
{
    public static IServiceCollection AddClaimEvidence(this IServiceCollection services)
    {
        services.AddMigrations(EvidenceMigrations.All);
        services.AddSingleton(sp => EvidenceOptions.From(sp.GetService<IConfiguration>()));
        services.AddSingleton<EvidenceStore>();
        return services;
    }
}
