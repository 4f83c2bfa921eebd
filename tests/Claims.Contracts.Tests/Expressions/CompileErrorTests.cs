using Claims.Contracts.Expressions;

namespace Claims.Contracts.Tests.Expressions;

public class CompileErrorTests
{
    // offset is the 0-based place in the expression the error points at.
    [Theory]
    [InlineData("", 0, "the expression is empty")]
    [InlineData("min(goodsValue, 3 * freight", 27, "missing ')' to close min(")]
    [InlineData("(goodsValue + 1", 15, "missing ')' to close the '('")]
    [InlineData("goodsValue + 1)", 14, "')' without a matching '('")]
    [InlineData("goodsValue +", 12, "the expression ends too early: a value is missing after '+'")]
    [InlineData("goodsValue * * 2", 13, "expected a number, a name or '(' but found '*'")]
    [InlineData("goodsValue freight", 11, "unexpected 'freight' after a complete expression")]
    [InlineData("declaredValue = 0", 14, "'=' is not an operator; use '=='")]
    [InlineData("goodsValue > 1 && freight > 1", 15, "'&&' is not an operator; use 'and'")]
    [InlineData("goodsValue > 1 || freight > 1", 15, "'||' is not an operator; use 'or'")]
    [InlineData("!(goodsValue > 1)", 0, "'!' is not an operator; use 'not'")]
    [InlineData("min(goodsValue，3 * freight)", 14, "'，' is a full-width or typographic character; use ','")]
    [InlineData("3 × freight", 2, "use '*'")]
    [InlineData("goodsValue * .5", 13, "a number must start with a digit")]
    [InlineData("3freight", 0, "a number cannot run into a name")]
    [InlineData("1 < goodsValue < 5", 15, "comparisons cannot be chained")]
    [InlineData("goodsValue % 2", 11, "unexpected character '%'")]
    [InlineData("min(goodsValue 2)", 15, "expected ',' or ')' in min(...)")]
    [InlineData("and goodsValue", 0, "a value is missing before 'and'")]
    public void syntax_errors_point_at_the_offending_token(string expression, int offset, string message)
    {
        var error = Assert.Single(Formula.Errors(expression));
        Assert.Equal(offset, error.Start);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("min(goodValue, 3 * freight)", 4, "unknown name 'goodValue' — did you mean 'goodsValue'?")]
    [InlineData("freigth * 3", 0, "unknown name 'freigth' — did you mean 'freight'?")]
    [InlineData("goodsvalue", 0, "unknown name 'goodsvalue' — did you mean 'goodsValue'?")]
    [InlineData("8.33 * sdrr * weightKg", 7, "unknown name 'sdrr' — did you mean 'sdr'?")]
    [InlineData("declaredValue == 0 and TRUE", 23, "unknown name 'TRUE' — did you mean 'true'?")]
    [InlineData("parcels * 2", 0, "unknown name 'parcels'; the names you can use are goodsValue, declaredValue, freight, claimedAmount, weightKg, daysLate, sdr, rate")]
    [InlineData("mn(goodsValue, 1)", 0, "unknown function 'mn' — did you mean 'min'?")]
    [InlineData("sum(goodsValue, 1)", 0, "unknown function 'sum'; the functions are min, max, round, ceil, floor, if")]
    [InlineData("freight(2)", 0, "'freight' is not a function")]
    [InlineData("min * 2", 0, "'min' is a function: write min(...)")]
    [InlineData("min(goodsValue)", 0, "min() needs at least two values")]
    [InlineData("round(goodsValue, 2, 3)", 0, "round() takes one or two values")]
    [InlineData("round(goodsValue, 2.5)", 18, "round() digits must be a whole number from 0 to 28")]
    [InlineData("round(goodsValue, -1)", 18, "round() digits must be a whole number from 0 to 28")]
    [InlineData("if(goodsValue, 1, 2)", 3, "the first value of if() must be a condition, but 'goodsValue' is an amount")]
    [InlineData("if(goodsValue > 0, 1, true)", 19, "both results of if() must be of one kind")]
    [InlineData("goodsValue + (freight > 1)", 14, "'+' needs amounts on both sides, but 'freight > 1' is a condition")]
    [InlineData("-(freight > 1)", 2, "'-' needs an amount, but 'freight > 1' is a condition")]
    [InlineData("min(goodsValue, freight > 1)", 16, "min() takes amounts, but 'freight > 1' is a condition")]
    public void unknown_names_and_wrong_kinds_are_found_at_load(string expression, int offset, string message)
    {
        var error = Assert.Single(Formula.Errors(expression));
        Assert.Equal(offset, error.Start);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goodsValue and freight > 1", 0, "'and' needs conditions on both sides, but 'goodsValue' is an amount")]
    [InlineData("not goodsValue", 4, "'not' needs a condition, but 'goodsValue' is an amount")]
    [InlineData("goodsValue > true", 0, "'>' cannot compare an amount with a condition")]
    [InlineData("true < false", 0, "'<' needs amounts on both sides")]
    public void conditions_and_amounts_do_not_mix(string expression, int offset, string message)
    {
        var error = Formula.Errors(expression, ValueKind.Condition)[0];
        Assert.Equal(offset, error.Start);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void nesting_is_limited_so_a_pathological_file_cannot_crash_the_loader(int levels, bool compiles)
    {
        foreach (var (open, close) in new[] { ("(", ")"), ("-", ""), ("min(1, ", ")") })
        {
            var text = string.Concat(Enumerable.Repeat(open, levels - 1)) + "1" + string.Concat(Enumerable.Repeat(close, levels - 1));
            var errors = Formula.Errors(text);
            Assert.Equal(compiles, errors.Count == 0);
            if (!compiles)
                Assert.Equal("the expression is nested more than 100 levels deep", errors[0].Message);
        }
        Assert.Equal("the expression is nested more than 100 levels deep",
            Formula.Errors(string.Concat(Enumerable.Repeat("not ", 5000)) + "true", ValueKind.Condition)[0].Message);
    }

    [Fact]
    public void every_unknown_name_in_an_expression_is_reported()
    {
        var errors = Formula.Errors("min(goodValue, 3 * freigth)");
        Assert.Equal(["unknown name 'goodValue' — did you mean 'goodsValue'?", "unknown name 'freigth' — did you mean 'freight'?"],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void a_pay_that_is_a_condition_is_refused()
    {
        var error = Assert.Single(Formula.Errors("declaredValue == 0", ValueKind.Number));
        Assert.Equal("'pay' must be an amount, but 'declaredValue == 0' is a condition", error.Message);
    }

    [Fact]
    public void a_when_that_is_an_amount_is_refused()
    {
        var error = Assert.Single(Formula.Errors("goodsValue * 2", ValueKind.Condition));
        Assert.StartsWith("'when' must be a condition", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("but 'goodsValue * 2' is an amount", error.Message, StringComparison.Ordinal);
    }
}
