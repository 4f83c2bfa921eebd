using Claims.Hosting;
using Claims.Tests.Managers;
using Claims.Tests.Register;

namespace Claims.Tests.Hosting;

/// <summary>The audit the load test relies on: silent on a sound store, and it names a read model that went wrong.</summary>
public sealed class ReadModelAuditTests
{
    [Fact]
    public async Task a_store_whose_read_models_follow_the_events_passes_the_audit()
    {
        await using var host = await ScorecardFixture.StartAsync();

        Assert.Empty(await host.Get<ReadModelAudit>().RebuildAndCompareAsync());
    }

    [Theory]
    [InlineData("update claims set received = received + 1 where waybill = 'Z1'", "claims:")]
    [InlineData("insert into manager_month_changes select * from (select * from manager_months union all select * from manager_month_changes) m limit 1", "scorecard months:")]
    [InlineData("insert into team_month_changes select * from (select * from team_months union all select * from team_month_changes) m limit 1", "team months:")]
    public async Task a_read_model_that_drifted_from_the_events_is_named(string tamper, string named)
    {
        await using var host = await ScorecardFixture.StartAsync();
        await host.ScalarAsync(tamper);

        var differences = await host.Get<ReadModelAudit>().RebuildAndCompareAsync();

        Assert.Contains(differences, d => d.StartsWith(named, StringComparison.Ordinal));
    }
}
