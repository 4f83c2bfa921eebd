using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Claims.Infrastructure.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>Registers migrations to apply at start; each module (feature) adds its own.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, params Migration[] migrations)
    {
        services.TryAddSingleton<SchemaMigrator>();
        foreach (var m in migrations)
            services.AddSingleton(m);
        return services;
    }

    /// <summary>Applies every registered migration; hosts call this once before serving.</summary>
    public static Task<IReadOnlyList<Migration>> MigrateClaimsSchemaAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
}
