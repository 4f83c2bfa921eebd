using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Hosting;

/// <summary>
/// Everything both hosts (web and CLI) register: the database they were given, the event store, the durable
/// messages and every feature. Program.cs files read as a table of contents because of this one call.
/// </summary>
public static class ClaimsServices
{
    public static IServiceCollection AddClaimsCore(this IServiceCollection services, ClaimsDatabase database)
    {
        services.AddSingleton(database);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(database.ConnectionString) { Name = "claims" }.Build());
        services.AddClaimsEventStore();
        services.AddClaimsMessaging();
        // Features register here, one line each.
        return services;
    }
}
