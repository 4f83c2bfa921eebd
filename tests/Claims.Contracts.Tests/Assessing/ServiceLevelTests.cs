using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Loading;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

public class ServiceLevelTests
{
    // 9.1: above 3 lost per 10,000 parcels, 1% of the month's freight for each started point above, at most 20000.
    private static readonly ContractSet Set = ContractFolder.LoadValid(("zto.yaml", Base.Yaml + LoaderErrorTests.ServiceLevelYaml));

    [Theory]
    [InlineData(20000, 6, null)]              // 3.0 per 10k: not above the threshold
    [InlineData(20000, 9, "6000.00")]         // 9 × 10000 / 20000 = 4.5 per 10k: 300000 × 0.01 × ceil(4.5 - 3) = 3000 × 2
    public void a_breach_owes_the_clause_amount(int parcels, int lost, string? amount)
    {
        var judged = Assert.Single(Set.JudgeServiceLevels("ZTO", 2026, 3, Month(parcels, lost)));
        Assert.Equal(amount is not null, judged.Breached);
        Assert.Equal(amount, judged.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void the_amount_is_capped_and_traced()
    {
        var judged = Assert.Single(Set.JudgeServiceLevels("ZTO", 2026, 3, Month(10000, 30, freight: 900000m))); // 30 per 10k: 27 points
        Assert.Equal((30m, 20000.00m), (judged.MetricValue, judged.Amount!.Value));  // 900000 × 0.01 × 27 = 243000, capped
        Assert.Equal(
            "monthlyFreight * 0.01=900000.00 * 0.01=9000.0000 * ceil(metricValue - threshold)=ceil(30 - 3)=ceil(27)=27 = 243000.0000; at most the cap 20000 = 20000.00",
            judged.Trace);
    }

    [Fact]
    public void without_volume_or_contract_nothing_is_judged()
    {
        Assert.Empty(Set.JudgeServiceLevels("ZTO", 2026, 3, Month(0, 3)));
        Assert.Empty(Set.JudgeServiceLevels("ZTO", 2025, 3, Month(1000, 3)));
    }

    private static MonthFigures Month(int parcels, int lost, decimal freight = 300000m) =>
        new(parcels, freight, new Dictionary<IncidentType, int> { [IncidentType.Lost] = lost, [IncidentType.Damaged] = 50 });
}
