using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>A stored type and the stable name it is stored under; features register these one by one.</summary>
public sealed record NamedType(NamedTypeKind Kind, Type Type, string Name);

public enum NamedTypeKind
{
    Event,
    Message,
}

public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// The event store and its schema. Needs an <see cref="NpgsqlDataSource"/> in the container (preferably from
    /// <see cref="EventStoreDataSource.Create"/>); uses the registered
    /// <see cref="TimeProvider"/> (the system clock unless a host or test registers another).
    /// </summary>
    public static IServiceCollection AddClaimsEventStore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(EventStore)))
            return services;
        services.TryAddSingleton(TimeProvider.System);
        // The message table belongs here too: a session stores outgoing messages with its events.
        services.AddMigrations([.. EventStoreMigrations.All, .. MessagingMigrations.All]);
        services.TryAddSingleton(sp =>
        {
            var options = new EventStoreOptions();
            foreach (var named in sp.GetServices<NamedType>())
                (named.Kind == NamedTypeKind.Event ? options.Events : options.Messages).Register(named.Type, named.Name);
            return options;
        });
        services.TryAddSingleton(sp => new EventStore(
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

    public static IServiceCollection AddInlineProjection<T>(this IServiceCollection services) where T : class, IInlineProjection =>
        services.AddSingleton<IInlineProjection, T>();
}
