using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Testing;
using Claims.Tests.Register;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Claims.Tests.Demo;

/// <summary>The product's services on a fresh test database whose clock stands on one day (the demo plays up to it).</summary>
internal sealed class DemoHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly string connectionString;

    private DemoHost(ServiceProvider provider, string connectionString)
    {
        this.provider = provider;
        this.connectionString = connectionString;
    }

    public IServiceProvider Services => provider;

    public static async Task<DemoHost> StartAsync(DateOnly today)
    {
        var cs = await TestPostgres.CreateDatabaseAsync("demo");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(TestClock.At(today));
        services.AddClaimsCore(await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = cs }));
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        return new DemoHost(provider, cs);
    }

    /// <summary>Rows of a query as text, one line per row (columns joined with |).</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
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

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();
}
