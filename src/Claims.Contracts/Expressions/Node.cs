namespace Claims.Contracts.Expressions;

/// <summary>
/// A node of a compiled expression. Evaluation is a virtual call per node on decimals, with no allocation;
/// <see cref="Start"/>..<see cref="End"/> is the node's text in the source, used for errors and the trace.
/// </summary>
internal abstract class Node(int start, int end, IReadOnlyList<Node> children)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public IReadOnlyList<Node> Children { get; } = children;

    /// <summary>0 for a literal or a name; 1 + the highest child otherwise. The trace reduces one height per step.</summary>
    public int Height { get; } = children.Count == 0 ? 0 : 1 + children.Max(c => c.Height);

    public abstract ValueKind Kind { get; }

    /// <summary>Binding strength when printed: or 1, and 2, not 3, comparison 4, + - 5, * / 6, unary - 7, the rest 8.</summary>
    public virtual int Precedence => Precedences.Primary;

    public virtual decimal Number(ref EvalContext context) =>
        throw new InvalidOperationException($"{GetType().Name} is not an amount");

    public virtual bool Condition(ref EvalContext context) =>
        throw new InvalidOperationException($"{GetType().Name} is not a condition");

    /// <summary>Prints the node with its children already printed (used by the trace; leaves are printed by the tracer).</summary>
    public virtual string Print(IReadOnlyList<string> children) => string.Join(", ", children);
}

internal static class Precedences
{
    public const int Or = 1;
    public const int And = 2;
    public const int Not = 3;
    public const int Comparison = 4;
    public const int Additive = 5;
    public const int Multiplicative = 6;
    public const int Unary = 7;
    public const int Primary = 8;
}
