namespace Claims.Contracts.Expressions;

internal enum Comparison
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>A comparison of two amounts (numerically: 1.0 == 1.00).</summary>
internal sealed class CompareNode(int start, int end, Node left, Node right, Comparison comparison, string op)
    : BinaryNode(start, end, left, right, op, Precedences.Comparison)
{
    private readonly Comparison comparison = comparison;

    public override ValueKind Kind => ValueKind.Condition;

    public override bool Condition(ref EvalContext context)
    {
        var a = Left.Number(ref context);
        var b = Right.Number(ref context);
        return comparison switch
        {
            Comparison.Equal => a == b,
            Comparison.NotEqual => a != b,
            Comparison.Less => a < b,
            Comparison.LessOrEqual => a <= b,
            Comparison.Greater => a > b,
            _ => a >= b,
        };
    }
}

/// <summary>== or != between two conditions.</summary>
internal sealed class ConditionEqualsNode(int start, int end, Node left, Node right, bool equal, string op)
    : BinaryNode(start, end, left, right, op, Precedences.Comparison)
{
    private readonly bool equal = equal;

    public override ValueKind Kind => ValueKind.Condition;

    public override bool Condition(ref EvalContext context) =>
        (Left.Condition(ref context) == Right.Condition(ref context)) == equal;
}

/// <summary>`and`; the right side is not evaluated when the left is false.</summary>
internal sealed class AndNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "and", Precedences.And)
{
    public override ValueKind Kind => ValueKind.Condition;

    public override bool Condition(ref EvalContext context) => Left.Condition(ref context) && Right.Condition(ref context);
}

/// <summary>`or`; the right side is not evaluated when the left is true.</summary>
internal sealed class OrNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "or", Precedences.Or)
{
    public override ValueKind Kind => ValueKind.Condition;

    public override bool Condition(ref EvalContext context) => Left.Condition(ref context) || Right.Condition(ref context);
}

internal sealed class NotNode(int start, int end, Node operand) : Node(start, end, [operand])
{
    private readonly Node operand = operand;

    public override ValueKind Kind => ValueKind.Condition;

    public override int Precedence => Precedences.Not;

    public override bool Condition(ref EvalContext context) => !operand.Condition(ref context);

    public override string Print(IReadOnlyList<string> children) => "not " + children[0];
}
