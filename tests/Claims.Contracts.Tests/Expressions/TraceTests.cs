namespace Claims.Contracts.Tests.Expressions;

public class TraceTests
{
    [Theory]
    // the format's own example: a bare name shows name=value; a compound shows source=substituted=value
    [InlineData("min(goodsValue, 3 * freight)", "goodsValue=500.00 freight=12.00", "min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00)")]
    [InlineData("goodsValue", "goodsValue=500.00", "goodsValue=500.00")]
    [InlineData("30", "", "30")]
    [InlineData("3 * freight", "freight=12.00", "3 * freight=12.00")]
    [InlineData("8.33 * sdr * weightKg", "weightKg=2", "8.33 * sdr=8.33 * 9.65=80.3845 * weightKg=2")]
    // nested: each step reduces the innermost sub-expressions to their values
    [InlineData("min(goodsValue, 3 * (freight + 2))", "goodsValue=500 freight=10", "min(goodsValue=500, 3 * (freight + 2)=3 * (10 + 2)=3 * 12=36)")]
    [InlineData("(goodsValue - freight) * 2", "goodsValue=10 freight=4", "(goodsValue - freight=10 - 4=6) * 2")]
    // the branch if() did not take is shown as written, never evaluated
    [InlineData("if(weightKg > 0, goodsValue / weightKg, 0)", "goodsValue=500", "if(weightKg > 0=0 > 0=false, goodsValue / weightKg, 0)")]
    [InlineData("max(100, 26 * sdr * weightKg)", "weightKg=0.5", "max(100, 26 * sdr * weightKg=26 * 9.65 * 0.5=250.90 * 0.5=125.450)")]
    public void the_trace_shows_each_value_and_each_step(string expression, string facts, string expected) =>
        Assert.Equal(expected, Formula.Trace(expression, facts));
}
