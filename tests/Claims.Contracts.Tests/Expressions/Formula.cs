using System.Globalization;
using Claims.Contracts.Expressions;

namespace Claims.Contracts.Tests.Expressions;

/// <summary>Compiles and evaluates one expression over clause facts, for the expression tests.</summary>
internal static class Formula
{
    public static readonly Dictionary<string, decimal> Constants = new() { ["sdr"] = 9.65m, ["rate"] = 0.5m };

    public static NameScope Scope => NameScope.ForClauses(Constants);

    /// <summary>Facts written as "goodsValue=500 freight=12".</summary>
    public static decimal[] Facts(string facts = "")
    {
        var values = new decimal[6];
        foreach (var pair in facts.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            values[NameScope.ClauseFacts.ToList().IndexOf(name)] = decimal.Parse(value, CultureInfo.InvariantCulture);
        }
        return values;
    }

    public static CompiledExpression Compile(string text, ValueKind kind = ValueKind.Number)
    {
        var (expression, errors) = CompiledExpression.Compile(text, Scope, kind, kind == ValueKind.Number ? "pay" : "when");
        Assert.True(expression is not null, string.Join("; ", errors.Select(e => e.Message)));
        return expression!;
    }

    public static decimal Number(string text, string facts = "")
    {
        var context = new EvalContext(Facts(facts));
        var value = Compile(text).Root.Number(ref context);
        Assert.False(context.Failed, context.Failure);
        return value;
    }

    public static bool Condition(string text, string facts = "")
    {
        var context = new EvalContext(Facts(facts));
        var value = Compile(text, ValueKind.Condition).Root.Condition(ref context);
        Assert.False(context.Failed, context.Failure);
        return value;
    }

    /// <summary>The failure an evaluation records (division by zero, overflow), or null.</summary>
    public static string? Failure(string text, string facts = "")
    {
        var context = new EvalContext(Facts(facts));
        Compile(text).Root.Number(ref context);
        return context.Failure;
    }

    public static IReadOnlyList<ExpressionError> Errors(string text, ValueKind kind = ValueKind.Number) =>
        CompiledExpression.Compile(text, Scope, kind, kind == ValueKind.Number ? "pay" : "when").Errors;

    public static string Trace(string text, string facts = "") => Tracer.Render(Compile(text), Facts(facts));
}
