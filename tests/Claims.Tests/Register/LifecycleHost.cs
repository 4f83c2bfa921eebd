using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Testing;
using Claims.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Claims.Tests.Register;

/// <summary>The product's services on a fresh test database, with a clock the test controls.</summary>
internal sealed class LifecycleHost : IAsyncDisposable
{
    private readonly IHost host;

    private LifecycleHost(IHost host, string connectionString, TestClock clock)
    {
        this.host = host;
        ConnectionString = connectionString;
        Clock = clock;
    }

    public string ConnectionString { get; }

    public TestClock Clock { get; }

    public IServiceProvider Services => host.Services;

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>What `claims work --until-idle` does on the test clock's day: every follow-up due by its end, run by Wolverine.</summary>
    public Task<WorkSummary> RunDueWorkAsync() =>
        Get<DueWork>().RunUntilIdleAsync(Clock.Today());

    public static async Task<LifecycleHost> StartAsync(DateOnly today, Action<MessagingOptions>? messaging = null, Action<IServiceCollection>? configure = null) =>
        await StartOnAsync(await TestPostgres.CreateDatabaseAsync("lifecycle"), TestClock.At(today), messaging, configure);

    /// <summary>A second node on this host's database and clock (two processes' worth of Wolverine in one test).</summary>
    public Task<LifecycleHost> JoinAsync() => StartOnAsync(ConnectionString, Clock);

    /// <summary>The product on an existing database (an upgrade, a second start); <see cref="Applied"/> says what its start migrated.</summary>
    public static Task<LifecycleHost> OpenAsync(string connectionString, TestClock clock) => StartOnAsync(connectionString, clock);

    /// <summary>The migrations this host's start applied.</summary>
    public IReadOnlyList<Migration> Applied { get; private init; } = [];

    private static async Task<LifecycleHost> StartOnAsync(string cs, TestClock clock, Action<MessagingOptions>? messaging = null, Action<IServiceCollection>? configure = null)
    {
        var database = await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = cs });
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddClaimsCore(database, messaging);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        var applied = await host.Services.MigrateClaimsSchemaAsync();
        await host.StartAsync();
        return new LifecycleHost(host, cs, clock) { Applied = applied };
    }

    /// <summary>Rows of a query as text, one line per row, for comparing read models.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join("|", values.Select(v => v is DBNull ? "" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
