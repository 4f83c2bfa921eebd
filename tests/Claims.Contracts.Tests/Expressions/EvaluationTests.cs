using System.Globalization;

namespace Claims.Contracts.Tests.Expressions;

public class EvaluationTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "7")]                       // * binds tighter than +
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 2 - 3", "5")]                      // left to right: (10 - 2) - 3
    [InlineData("24 / 4 / 2", "3")]                      // (24 / 4) / 2
    [InlineData("-2 * 3", "-6")]
    [InlineData("--2", "2")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("0.1 + 0.2", "0.3")]                     // decimal, not binary floating point
    [InlineData("1 / 3 * 3", "0.9999999999999999999999999999")] // decimal division keeps 28 digits
    [InlineData("3 * freight", "36.00", "freight=12.00")]
    [InlineData("min(goodsValue, 3 * freight)", "36.00", "goodsValue=500.00 freight=12.00")]
    [InlineData("min(5, 2, 9)", "2")]
    [InlineData("max(5, 2, 9)", "9")]
    [InlineData("8.33 * sdr * weightKg", "160.7690", "weightKg=2")]   // 8.33 × 9.65 × 2; constants come from the file
    [InlineData("round(2.5)", "3")]
    [InlineData("round(-2.5)", "-3")]
    [InlineData("round(0.125, 2)", "0.13")]              // half away from zero, not to even
    [InlineData("round(-0.125, 2)", "-0.13")]
    [InlineData("round(0.135, 2)", "0.14")]
    [InlineData("round(1.005, 2)", "1.01")]
    [InlineData("round(123.456, 0)", "123")]
    [InlineData("ceil(1.01)", "2")]
    [InlineData("ceil(-1.5)", "-1")]
    [InlineData("floor(1.99)", "1")]
    [InlineData("floor(-1.5)", "-2")]
    [InlineData("if(declaredValue > 0, declaredValue, goodsValue)", "300", "declaredValue=300 goodsValue=500")]
    [InlineData("if(declaredValue > 0, declaredValue, goodsValue)", "500", "goodsValue=500")]
    [InlineData("claimedAmount * rate", "50.0", "claimedAmount=100")]
    [InlineData("daysLate * 2", "10", "daysLate=5")]
    public void amounts_evaluate_in_decimal_with_the_usual_precedence(string expression, string expected, string facts = "") =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Formula.Number(expression, facts));

    [Theory]
    [InlineData("declaredValue == 0", true)]
    [InlineData("declaredValue != 0", false)]
    [InlineData("goodsValue > 100 and freight < 10", true, "goodsValue=200 freight=5")]
    [InlineData("goodsValue > 100 and freight < 10", false, "goodsValue=200 freight=15")]
    [InlineData("goodsValue > 1000 or freight >= 15", true, "goodsValue=200 freight=15")]
    [InlineData("not goodsValue > 1000", true, "goodsValue=200")]
    [InlineData("not declaredValue > 0 and goodsValue > 0", true, "goodsValue=5")]  // (not a) and b
    [InlineData("true or false and false", true)]                                    // and binds tighter than or
    [InlineData("(true or false) and false", false)]
    [InlineData("true", true)]
    [InlineData("1.0 == 1.00", true)]                                                // numeric equality
    [InlineData("0.1 + 0.2 == 0.3", true)]
    [InlineData("(goodsValue > 0) == true", true, "goodsValue=1")]
    [InlineData("weightKg <= 2.5", true, "weightKg=2.5")]
    [InlineData("weightKg < 2.5", false, "weightKg=2.5")]
    public void conditions_evaluate_with_and_binding_tighter_than_or(string expression, bool expected, string facts = "") =>
        Assert.Equal(expected, Formula.Condition(expression, facts));

    [Theory]
    [InlineData("goodsValue / weightKg", "goodsValue=500", "division by zero")]
    [InlineData("1 / (freight - freight)", "freight=3", "division by zero")]
    [InlineData("79228162514264337593543950335 * 10", "", "arithmetic overflow")]
    [InlineData("79228162514264337593543950335 + 1", "", "arithmetic overflow")]
    [InlineData("round(goodsValue, weightKg)", "goodsValue=1 weightKg=1.5", "round() digits")]
    public void evaluation_errors_are_values_not_exceptions(string expression, string facts, string failure) =>
        Assert.StartsWith(failure, Formula.Failure(expression, facts));

    [Theory]
    [InlineData("if(weightKg > 0, goodsValue / weightKg, 0)")]              // the branch not taken is not evaluated
    [InlineData("if(weightKg == 0, 0, goodsValue / weightKg)")]
    public void if_evaluates_only_the_branch_it_takes(string expression) =>
        Assert.Equal(0m, Formula.Number(expression, "goodsValue=500"));

    [Theory]
    [InlineData("weightKg > 0 and goodsValue / weightKg > 10", false)]     // and stops at a false left side
    [InlineData("weightKg == 0 or goodsValue / weightKg > 10", true)]      // or stops at a true left side
    public void and_or_stop_early_so_a_guard_protects_a_division(string expression, bool expected) =>
        Assert.Equal(expected, Formula.Condition(expression, "goodsValue=500"));
}
