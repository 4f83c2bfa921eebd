using Marten;
using Claims.Infrastructure.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.Persistence.Durability;
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

    /// <summary>
    /// Brings the database up to date; hosts call this once before serving. Marten's own tables and functions and the
    /// read-model tables the projections declare first (created or changed to match), then every registered migration,
    /// which may build on them, then a rebuild of the read models if their tables changed.
    /// </summary>
    public static async Task<IReadOnlyList<Migration>> MigrateClaimsSchemaAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        if (services.GetService<IDocumentStore>() is { } marten)
            {
            // Wolverine's tables when this host runs Wolverine (the benchmarks' bare stores do not).
            var wolverine = services.GetService<Wolverine.WolverineOptions>() is null ? null : services.GetService<IMessageStore>();
            var readModels = services.GetServices<IInlineProjection>().SelectMany(p => p.Tables);
            await MartenSchema.EnsureAsync(marten, readModels, wolverine, services.GetRequiredService<NpgsqlDataSource>(), ct);
        }
        var applied = await services.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
        var log = services.GetService<ILoggerFactory>()?.CreateLogger("Claims.Schema");
        // After the migrations: a store written before Marten has its events moved by them first.
        if (services.GetService<EventStore.EventStore>() is { } store
            && await store.RebuildProjectionsIfTablesChangedAsync(ct) is > 0 and var replayed)
            log?.LogInformation("Read models rebuilt from {Events} events: their tables are new or changed in this version", replayed);
        if (log is not null && applied.Count > 0)
        {
            log.LogInformation("Database schema brought up to date: {Migrations}", string.Join("; ", applied.Select(m => m.ToString())));
            if (applied.Any(m => m.Module == EventStoreMigrations.Module && m.Number == EventStoreMigrations.MoveToMarten)
                && await EventStoreMigrations.MovedAsync(services.GetRequiredService<NpgsqlDataSource>(), ct) is { } moved)
                log.LogWarning("{Moved}", moved);
            if (applied.Any(m => m.Module == Messaging.MessagingMigrations.Module && m.Number == Messaging.MessagingMigrations.MoveToWolverine)
                && await Messaging.MessagingMigrations.MovedAsync(services.GetRequiredService<NpgsqlDataSource>(), ct) is { } movedWork)
                log.LogWarning("{Moved}", movedWork);
        }
        return applied;
    }
}
