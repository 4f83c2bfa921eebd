using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Claims.Infrastructure.Tests.Time;
using Claims.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Infrastructure.Tests.EventStore;

/// <summary>
/// A fresh database on the test cluster, migrated and wired the way the app wires it (DI), with a manual clock.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TestStore(string connectionString, ServiceProvider services)
    {
        ConnectionString = connectionString;
        this.services = services;
    }

    public string ConnectionString { get; }

    public IServiceProvider Services => services;

    public Claims.Infrastructure.EventStore.EventStore Store => services.GetRequiredService<Claims.Infrastructure.EventStore.EventStore>();

    public ManualClock Clock => (ManualClock)services.GetRequiredService<TimeProvider>();

    public NpgsqlDataSource DataSource => services.GetRequiredService<NpgsqlDataSource>();

    public static async Task<TestStore> CreateAsync(Action<IServiceCollection>? configure = null, string? name = null)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(name ?? "store");
        var collection = new ServiceCollection();
        collection.AddSingleton(EventStoreDataSource.Create(connectionString));
        collection.AddSingleton<TimeProvider>(new ManualClock());
        collection.AddClaimsEventStore();
        collection.AddEventType<AccountOpened>();
        collection.AddEventType<AmountNoted>();
        collection.AddMessageType<RemindOwner>();
        collection.AddInlineProjection<AccountTotalsProjection>();
        configure?.Invoke(collection);
        var provider = collection.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        return new TestStore(connectionString, provider);
    }

    public EventSession Session(string actor = "alice", string? correlationId = null) =>
        Store.LightweightSession(new Actor(actor), correlationId);

    public async Task<T?> ScalarAsync<T>(string sql, params object?[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var p in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = p ?? DBNull.Value });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
