using Claims.Contracts.Loading;

namespace Claims.Contracts.Expressions;

/// <summary>Names (facts, constants, keywords) and the amount/condition checks of the parser.</summary>
internal sealed partial class Parser
{
    private Node ParseName()
    {
        var name = Current;
        switch (name.Text)
        {
            case "true" or "false":
                Advance();
                return new BoolLiteral(name.Start, name.End, name.Text == "true");
            case "and" or "or":
                throw Syntax(name, $"a value is missing before '{name.Text}'");
            case "not":
                return ParseNot();
        }
        Advance();
        if (Current.Kind == TokenKind.LeftParen)
            return ParseCall(name);
        if (NameScope.Functions.Contains(name.Text))
        {
            errors.Add(new(name.Start, name.End, $"'{name.Text}' is a function: write {name.Text}(...)"));
            return new UnresolvedName(name.Start, name.End, []);
        }
        var slot = scope.FactSlot(name.Text);
        if (slot >= 0)
            return new FactReference(name.Start, name.End, name.Text, slot);
        if (scope.Constants.TryGetValue(name.Text, out var constant))
            return new ConstantReference(name.Start, name.End, name.Text, constant);
        errors.Add(new(name.Start, name.End, UnknownName(name.Text)));
        return new UnresolvedName(name.Start, name.End, []);
    }

    private string UnknownName(string name)
    {
        var known = scope.KnownNames.Concat(NameScope.Keywords).ToList();
        return Suggestions.Closest(name, known) is { } near
            ? $"unknown name '{name}' — did you mean '{near}'?"
            : $"unknown name '{name}'; the names you can use are {string.Join(", ", scope.KnownNames.Where(n => n is not ("true" or "false")))}";
    }

    private void Expect(Node node, ValueKind kind, string what)
    {
        if (node.Kind == kind || node.Kind == ValueKind.Unknown)
            return;
        errors.Add(new(node.Start, node.End, $"{what}, but '{Source(node)}' is {Describe(node.Kind)}"));
    }

    private void ExpectNumbers(Node left, Node right, string op)
    {
        Expect(left, ValueKind.Number, $"{op} needs amounts on both sides");
        Expect(right, ValueKind.Number, $"{op} needs amounts on both sides");
    }

    private void ExpectConditions(Node left, Node right, string op)
    {
        Expect(left, ValueKind.Condition, $"{op} needs conditions on both sides");
        Expect(right, ValueKind.Condition, $"{op} needs conditions on both sides");
    }

    internal static string Describe(ValueKind kind) =>
        kind == ValueKind.Number ? "an amount" : kind == ValueKind.Condition ? "a condition" : "unknown";
}
