using System.Text.Json;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Managers;
using Claims.Managers.Scorecards;
using Claims.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Managers.ScorecardFixture;

namespace Claims.Tests.Managers;

public sealed class ScorecardUpgradeTests
{
    [Fact]
    public async Task a_store_filled_before_the_scorecards_existed_gets_them_counted_at_its_first_start()
    {
        var database = await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = await TestPostgres.CreateDatabaseAsync("managers") });
        await using (var old = Provider(database, withManagers: false))
        {
            await old.MigrateClaimsSchemaAsync();
            await WriteAsync(old.GetRequiredService<EventStore>());
            var session = old.GetRequiredService<EventStore>().LightweightSession(new Actor("judge"));
            session.Events.Append("carrier:ZTO", 2,
                new Carriers.ServiceLevelPenaltyAssessed(2026, 3, "ZTO-1", "9.1", 6, "月度丢件率", "lostPer10k", 3.5m, 3m, 500m, "CNY", null, null),
                new Carriers.ServiceLevelPenaltyAssessed(2026, 3, "ZTO-1", "9.2", 6, "月度破损率", "damagedPer10k", 2.5m, 2m, 300m, "CNY", null, null),
                new Carriers.ServiceLevelPenaltyWithdrawn(2026, 3, "9.2", 1.5m, 2m));
            await session.SaveChangesAsync();
        }
        await using var current = Provider(database, withManagers: true);
        await current.MigrateClaimsSchemaAsync();
        var penalties = new List<string>();
        await using (var command = current.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand(
            "select concat_ws('|', id, page, title, metric, metric_value, threshold, amount, paid, deducted, withdrawn) from manager_penalties order by id"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                penalties.Add(reader.GetString(0));
        // Marten created the scorecard tables and its rebuild filled them: the withdrawn penalty flagged, not counted.
        Assert.Equal(["9.1|6|月度丢件率|lostPer10k|3.5|3|500|0|0|f", "9.2|6|月度破损率|damagedPer10k|2.5|2|300|0|0|t"], penalties);
        Assert.Empty(await current.GetRequiredService<ReadModelAudit>().RebuildAndCompareAsync());

        var request = new ComparisonRequest(March, April);
        var migrated = JsonSerializer.Serialize(await current.GetRequiredService<CarrierComparison>().CompareAsync(request, default));
        await current.GetRequiredService<EventStore>().RebuildProjectionsAsync();
        var rebuilt = JsonSerializer.Serialize(await current.GetRequiredService<CarrierComparison>().CompareAsync(request, default));

        Assert.Equal(rebuilt, migrated);
        Assert.Contains("\"Lost\":3", migrated, StringComparison.Ordinal);
    }

    // The product's services, or the same without anything of the managers' (a store from before they existed).
    private static ServiceProvider Provider(ClaimsDatabase database, bool withManagers)
    {
        var services = new ServiceCollection().AddClaimsCore(database);
        if (!withManagers)
        {
            foreach (var d in services.Where(d => d.ImplementationType == typeof(ScorecardProjection) || d.ImplementationType == typeof(ScorecardShareRemoval)).ToList())
                services.Remove(d);
        }
        return services.BuildServiceProvider();
    }
}
