using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Tests.Register;

/// <summary>The product's services on a fresh test database, with a clock the test controls.</summary>
internal sealed class LifecycleHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private LifecycleHost(ServiceProvider provider, string connectionString, TestClock clock)
    {
        this.provider = provider;
        ConnectionString = connectionString;
        Clock = clock;
    }

    public string ConnectionString { get; }

    public TestClock Clock { get; }

    public IServiceProvider Services => provider;

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public static async Task<LifecycleHost> StartAsync(DateOnly today)
    {
        var cs = await TestPostgres.CreateDatabaseAsync("lifecycle");
        var database = await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = cs });
        var clock = TestClock.At(today);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddClaimsCore(database);
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        return new LifecycleHost(provider, cs, clock);
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

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
