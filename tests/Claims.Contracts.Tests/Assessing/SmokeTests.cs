using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

public class SmokeTests
{
    [Fact]
    public void the_format_example_assesses_to_36()
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", "min(goodsValue, 3 * freight)", when: "declaredValue == 0", cap: "1000", minimum: "0"));
        var a = set.Assess(Incidents.Of(goodsValue: 500m, freight: 12m));
        Assert.Equal(AssessmentStatus.Assessed, a.Status);
        Assert.Equal("min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00) = 36.00", a.Trace);
        Assert.Equal(36.00m, a.Amount);
    }
}
