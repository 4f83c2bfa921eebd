namespace Claims.Contracts.Expressions;

/// <summary>A call such as min(a, b); printed as name(arguments).</summary>
internal abstract class CallNode(int start, int end, string name, IReadOnlyList<Node> arguments)
    : Node(start, end, arguments)
{
    public string Name { get; } = name;

    public override ValueKind Kind => ValueKind.Number;

    public override string Print(IReadOnlyList<string> children) => $"{Name}({string.Join(", ", children)})";
}

internal sealed class MinNode(int start, int end, Node[] arguments) : CallNode(start, end, "min", arguments)
{
    private readonly Node[] arguments = arguments;

    public override decimal Number(ref EvalContext context)
    {
        var result = arguments[0].Number(ref context);
        for (var i = 1; i < arguments.Length; i++)
        {
            var value = arguments[i].Number(ref context);
            if (value < result)
                result = value;
        }
        return result;
    }
}

internal sealed class MaxNode(int start, int end, Node[] arguments) : CallNode(start, end, "max", arguments)
{
    private readonly Node[] arguments = arguments;

    public override decimal Number(ref EvalContext context)
    {
        var result = arguments[0].Number(ref context);
        for (var i = 1; i < arguments.Length; i++)
        {
            var value = arguments[i].Number(ref context);
            if (value > result)
                result = value;
        }
        return result;
    }
}

/// <summary>round(x) or round(x, digits), half away from zero (0.125 → 0.13, -0.125 → -0.13).</summary>
internal sealed class RoundNode(int start, int end, Node value, Node? digits)
    : CallNode(start, end, "round", digits is null ? [value] : [value, digits])
{
    private readonly Node value = value;
    private readonly Node? digits = digits;
    private readonly int fixedDigits = digits is NumberLiteral literal ? (int)literal.Value : 0;

    public override decimal Number(ref EvalContext context)
    {
        var x = value.Number(ref context);
        var places = fixedDigits;
        if (digits is not null and not NumberLiteral)
        {
            var d = digits.Number(ref context);
            if (d < 0 || d > 28 || d != decimal.Truncate(d))
            {
                context.Fail(this, Failures.RoundDigits);
                return 0m;
            }
            places = (int)d;
        }
        return decimal.Round(x, places, MidpointRounding.AwayFromZero);
    }
}

internal sealed class CeilNode(int start, int end, Node value) : CallNode(start, end, "ceil", [value])
{
    private readonly Node value = value;

    public override decimal Number(ref EvalContext context) => decimal.Ceiling(value.Number(ref context));
}

internal sealed class FloorNode(int start, int end, Node value) : CallNode(start, end, "floor", [value])
{
    private readonly Node value = value;

    public override decimal Number(ref EvalContext context) => decimal.Floor(value.Number(ref context));
}

/// <summary>if(condition, a, b): only the chosen branch is evaluated, so `if(weightKg > 0, x / weightKg, 0)` is safe.</summary>
internal sealed class IfNode(int start, int end, Node condition, Node then, Node otherwise)
    : CallNode(start, end, "if", [condition, then, otherwise])
{
    private readonly Node condition = condition;
    private readonly Node then = then;
    private readonly Node otherwise = otherwise;

    public override ValueKind Kind => then.Kind == ValueKind.Unknown ? otherwise.Kind : then.Kind;

    public override decimal Number(ref EvalContext context) =>
        condition.Condition(ref context) ? then.Number(ref context) : otherwise.Number(ref context);

    public override bool Condition(ref EvalContext context) =>
        condition.Condition(ref context) ? then.Condition(ref context) : otherwise.Condition(ref context);
}
