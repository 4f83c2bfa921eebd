namespace Claims.Contracts.Expressions;

internal static class Failures
{
    public const string DivisionByZero = "division by zero";
    public const string Overflow = "arithmetic overflow (a number too large)";
    public const string RoundDigits = "round() digits must be a whole number from 0 to 28";
}

internal abstract class BinaryNode(int start, int end, Node left, Node right, string op, int precedence)
    : Node(start, end, [left, right])
{
    protected Node Left { get; } = left;

    protected Node Right { get; } = right;

    public string Operator { get; } = op;

    public override int Precedence { get; } = precedence;

    public override string Print(IReadOnlyList<string> children) => $"{children[0]} {Operator} {children[1]}";
}

internal sealed class AddNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "+", Precedences.Additive)
{
    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context)
    {
        var a = Left.Number(ref context);
        var b = Right.Number(ref context);
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            context.Fail(this, Failures.Overflow);
            return 0m;
        }
    }
}

internal sealed class SubtractNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "-", Precedences.Additive)
{
    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context)
    {
        var a = Left.Number(ref context);
        var b = Right.Number(ref context);
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            context.Fail(this, Failures.Overflow);
            return 0m;
        }
    }
}

internal sealed class MultiplyNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "*", Precedences.Multiplicative)
{
    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context)
    {
        var a = Left.Number(ref context);
        var b = Right.Number(ref context);
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            context.Fail(this, Failures.Overflow);
            return 0m;
        }
    }
}

internal sealed class DivideNode(int start, int end, Node left, Node right)
    : BinaryNode(start, end, left, right, "/", Precedences.Multiplicative)
{
    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context)
    {
        var a = Left.Number(ref context);
        var b = Right.Number(ref context);
        if (b == 0m)
        {
            context.Fail(this, Failures.DivisionByZero);
            return 0m;
        }
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            context.Fail(this, Failures.Overflow);
            return 0m;
        }
    }
}

internal sealed class NegateNode(int start, int end, Node operand) : Node(start, end, [operand])
{
    private readonly Node operand = operand;

    public override ValueKind Kind => ValueKind.Number;

    public override int Precedence => Precedences.Unary;

    public override decimal Number(ref EvalContext context) => -operand.Number(ref context);

    public override string Print(IReadOnlyList<string> children) => "-" + children[0];
}
