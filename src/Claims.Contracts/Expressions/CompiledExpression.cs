namespace Claims.Contracts.Expressions;

/// <summary>An expression parsed and type-checked once, at load; evaluated per incident without allocating.</summary>
internal sealed class CompiledExpression
{
    private CompiledExpression(string source, Node root)
    {
        Source = source;
        Root = root;
    }

    public string Source { get; }

    public Node Root { get; }

    public ValueKind Kind => Root.Kind;

    /// <summary>
    /// Compiles <paramref name="source"/> as the value of the key <paramref name="field"/> (`when` must be a
    /// condition, `pay` an amount). Errors carry offsets into <paramref name="source"/>.
    /// </summary>
    public static (CompiledExpression? Expression, IReadOnlyList<ExpressionError> Errors) Compile(
        string source, NameScope scope, ValueKind expected, string field)
    {
        var (root, errors) = Parser.Parse(source, scope);
        if (root is null)
            return (null, errors);
        if (root.Kind != expected)
        {
            var message = expected == ValueKind.Condition
                ? $"'{field}' must be a condition (true or false, such as declaredValue == 0), but '{source.Trim()}' is an amount"
                : $"'{field}' must be an amount, but '{source.Trim()}' is a condition";
            return (null, [new ExpressionError(root.Start, root.End, message)]);
        }
        return (new CompiledExpression(source, root), []);
    }

    /// <summary>Compiles text that is known to be valid (it was checked when its file was loaded).</summary>
    public static CompiledExpression CompileValid(string source, NameScope scope, ValueKind expected, string field)
    {
        var (expression, errors) = Compile(source, scope, expected, field);
        return expression ?? throw new InvalidOperationException(
            $"the {field} expression '{source}' does not compile: {string.Join("; ", errors.Select(e => e.Message))}");
    }

    public string SourceOf(Node node) => Source[node.Start..node.End];
}
