using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Weasel.Core;
using Wolverine.Marten;

namespace Claims.Infrastructure.EventStore;

/// <summary>A stored type and the stable name it is stored under; features register these one by one.</summary>
public sealed record NamedType(NamedTypeKind Kind, Type Type, string Name);

public enum NamedTypeKind
{
    Event,
    Message,

    /// <summary>An aggregate whose stream grows long (the name is unused): its last state is kept per process.</summary>
    LongStream,
}

public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Marten's event store with the features' event types and inline projections, and the product's session API over it.
    /// Needs an <see cref="NpgsqlDataSource"/> in the container (preferably from <see cref="EventStoreDataSource.Create"/>);
    /// uses the registered <see cref="TimeProvider"/> for event timestamps (the system clock unless a host or test
    /// registers another). The schema is applied by <see cref="SchemaServiceCollectionExtensions.MigrateClaimsSchemaAsync"/>.
    /// </summary>
    public static IServiceCollection AddClaimsEventStore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(EventStore)))
            return services;
        services.TryAddSingleton(TimeProvider.System);
        // The scheduled-work table belongs here too: a session stores its follow-ups with its events.
        services.AddMigrations([.. EventStoreMigrations.All, .. MessagingMigrations.All]);
        services.TryAddSingleton(sp =>
        {
            var options = new EventStoreOptions();
            foreach (var named in sp.GetServices<NamedType>().Where(n => n.Kind == NamedTypeKind.Message))
                options.Messages.Register(named.Type, named.Name);
            foreach (var named in sp.GetServices<NamedType>().Where(n => n.Kind == NamedTypeKind.LongStream))
                options.CachedAggregates.Add(named.Type);
            return options;
        });
        // Wolverine's envelope tables live beside Marten's, and its handlers' sessions commit messages with events.
        services.AddMarten(sp => MartenOptions(sp, sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()))
            .IntegrateWithWolverine();
        services.TryAddSingleton(sp => new EventStore(
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<EventStoreOptions>(),
            sp.GetServices<IInlineProjection>()));
        return services;
    }

    /// <summary>The event store on the database at <paramref name="connectionString"/>, with the pool it wants.</summary>
    public static IServiceCollection AddClaimsEventStore(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(_ => EventStoreDataSource.Create(connectionString));
        return services.AddClaimsEventStore();
    }

    /// <summary>Register an event type under a stable name (the class name when none is given).</summary>
    public static IServiceCollection AddEventType<T>(this IServiceCollection services, string? name = null) =>
        services.AddSingleton(new NamedType(NamedTypeKind.Event, typeof(T), name ?? typeof(T).Name));

    /// <summary>An aggregate whose streams grow long (a carrier's deposit): reading one for writing fetches only new events.</summary>
    public static IServiceCollection AddLongStream<T>(this IServiceCollection services) where T : IAggregate<T> =>
        services.AddSingleton(new NamedType(NamedTypeKind.LongStream, typeof(T), typeof(T).Name));

    public static IServiceCollection AddInlineProjection<T>(this IServiceCollection services) where T : class, IInlineProjection =>
        services.AddSingleton<IInlineProjection, T>();

    /// <summary>
    /// A second store over the same database with its own pool and clock (the demo fills a year on a clock of its own);
    /// the caller disposes it.
    /// </summary>
    public static EventStore CreateEventStore(
        this IServiceProvider sp, NpgsqlDataSource dataSource, TimeProvider time, Action<StoreOptions>? configure = null)
    {
        var options = MartenOptions(sp, dataSource, time);
        configure?.Invoke(options);
        return new(new DocumentStore(options), dataSource, time, sp.GetRequiredService<EventStoreOptions>(), sp.GetServices<IInlineProjection>());
    }

    private static StoreOptions MartenOptions(IServiceProvider sp, NpgsqlDataSource dataSource, TimeProvider time)
    {
        var opts = new StoreOptions();
        opts.Connection(dataSource);
        // The schema is applied once at start (MigrateClaimsSchemaAsync), not checked lazily on first use in every process.
        opts.AutoCreateSchemaObjects = AutoCreate.None;
        // Event bodies as the store has always kept them: camelCase JSON, enums as numbers.
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsInteger, Casing.CamelCase);
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        // One statement per append with the version check, timestamps from our TimeProvider (see README, Performance).
        opts.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
        opts.Events.TimeProvider = time;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        // The names are what the database keeps: a class can be renamed or moved as long as its name stays.
        foreach (var named in sp.GetServices<NamedType>().Where(n => n.Kind == NamedTypeKind.Event))
            opts.Events.MapEventType(named.Type, named.Name);
        // Features that record something with every live save (webhook deliveries) do it as Marten session listeners.
        foreach (var listener in sp.GetServices<IDocumentSessionListener>())
            opts.Listeners.Add(listener);
        var projections = sp.GetServices<IInlineProjection>().ToList();
        // Marten/Weasel create the read-model tables and change them when a declaration changes (MartenSchema);
        // Marten's rebuild empties them before it replays the events.
        foreach (var table in projections.SelectMany(p => p.Tables))
            opts.Storage.ExtendedSchemaObjects.Add(table);
        if (projections.Count > 0)
            opts.Projections.Add(new ReadModelsProjection(projections), JasperFx.Events.Projections.ProjectionLifecycle.Inline, ReadModelsProjection.Name,
                rebuild =>
                {
                    foreach (var table in projections.SelectMany(p => p.Tables))
                        rebuild.DeleteDataInTableOnTeardown(table.Identifier.QualifiedName);
                });
        return opts;
    }
}
