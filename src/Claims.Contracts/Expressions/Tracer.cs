using System.Globalization;

namespace Claims.Contracts.Expressions;

/// <summary>
/// Writes how an expression reached its value, in the style of CONTRACT-FORMAT.md:
/// `min(goodsValue=500.00, 3 * freight=3 * 12.00=36.00)`. A bare name shows `name=value`; a compound
/// sub-expression shows its source text, then each reduction step with values substituted, then its value.
/// Built only for results that are kept, by re-evaluating sub-expressions (they are small); branches that
/// `if`, `and` and `or` did not evaluate are shown as written.
/// </summary>
internal ref struct Tracer(CompiledExpression expression, ReadOnlySpan<decimal> facts)
{
    private readonly ReadOnlySpan<decimal> facts = facts;

    /// <summary>The trace of the whole expression, without the final " = value" (the caller adds the result).</summary>
    public static string Render(CompiledExpression expression, ReadOnlySpan<decimal> facts)
    {
        var tracer = new Tracer(expression, facts);
        return tracer.Top(expression.Root);
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private string Top(Node node)
    {
        if (node.Height == 0)
            return Chain(node);
        var texts = new string[node.Children.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var child = node.Children[i];
            var evaluated = Evaluated(node, i);
            var text = evaluated ? Chain(child) : Source(child);
            var wrap = NeedsParentheses(node, i, child) && (child.Height > 0 || !evaluated);
            texts[i] = wrap ? $"({text})" : text;
        }
        return node.Print(texts);
    }

    private string Chain(Node node)
    {
        var steps = new List<string>(node.Height + 2) { Source(node) };
        for (var level = 1; level <= node.Height; level++)
            steps.Add(Structure(node, level));
        steps.Add(Value(node));
        var distinct = new List<string>(steps.Count);
        foreach (var step in steps)
        {
            if (distinct.Count == 0 || distinct[^1] != step)
                distinct.Add(step);
        }
        return string.Join("=", distinct);
    }

    // The node printed with every sub-expression lower than `level` replaced by its value.
    private string Structure(Node node, int level)
    {
        if (node.Height < level)
            return Value(node);
        if (node.Height == 0)
            return Source(node);
        var texts = new string[node.Children.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var child = node.Children[i];
            var evaluated = Evaluated(node, i);
            var text = evaluated ? Structure(child, level) : Source(child);
            var wrap = NeedsParentheses(node, i, child) && (!evaluated || child.Height >= level);
            texts[i] = wrap ? $"({text})" : text;
        }
        return node.Print(texts);
    }

    private string Value(Node node)
    {
        var context = new EvalContext(facts);
        string text = node.Kind == ValueKind.Number
            ? Format(node.Number(ref context))
            : node.Condition(ref context) ? "true" : "false";
        return context.Failed ? context.Failure ?? "error" : text;
    }

    private bool ConditionValue(Node node)
    {
        var context = new EvalContext(facts);
        return node.Condition(ref context);
    }

    // Whether evaluation reached child i: not the branch if() did not take, nor the right side and/or skipped.
    private bool Evaluated(Node parent, int i) => parent switch
    {
        IfNode when i > 0 => ConditionValue(parent.Children[0]) == (i == 1),
        AndNode when i == 1 => ConditionValue(parent.Children[0]),
        OrNode when i == 1 => !ConditionValue(parent.Children[0]),
        _ => true,
    };

    private readonly string Source(Node node) => expression.SourceOf(node);

    private static bool NeedsParentheses(Node parent, int i, Node child) => parent switch
    {
        CallNode => false,
        NegateNode => child.Precedence < Precedences.Unary,
        NotNode => child.Precedence < Precedences.Not,
        BinaryNode binary when i == 0 =>
            child.Precedence < binary.Precedence
            || (child.Precedence == binary.Precedence && binary.Precedence == Precedences.Comparison),
        BinaryNode binary =>
            child.Precedence < binary.Precedence
            || (child.Precedence == binary.Precedence
                && !(child is BinaryNode inner && inner.Operator == binary.Operator && binary.Operator is "+" or "*" or "and" or "or")),
        _ => false,
    };
}
