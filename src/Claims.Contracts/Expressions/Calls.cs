using Claims.Contracts.Loading;

namespace Claims.Contracts.Expressions;

/// <summary>Function calls: min, max, round, ceil, floor, if — their arity and argument types.</summary>
internal sealed partial class Parser
{
    private Node ParseCall(Token name)
    {
        Advance(); // (
        var arguments = new List<Node>();
        if (Current.Kind != TokenKind.RightParen)
        {
            arguments.Add(ParseOr());
            while (Current.Kind == TokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseOr());
            }
        }
        if (Current.Kind != TokenKind.RightParen)
            throw Syntax(Current, Current.Kind == TokenKind.End
                ? $"missing ')' to close {name.Text}("
                : $"expected ',' or ')' in {name.Text}(...) but found {Current.Describe()}");
        var end = Advance().End;
        return BuildCall(name, arguments, end) ?? new UnresolvedName(name.Start, end, arguments);
    }

    private Node? BuildCall(Token name, List<Node> arguments, int end)
    {
        var start = name.Start;
        switch (name.Text)
        {
            case "min" or "max":
                if (!Arity(name, arguments.Count >= 2, $"{name.Text}() needs at least two values: {name.Text}(a, b, ...)"))
                    return null;
                foreach (var argument in arguments)
                    Expect(argument, ValueKind.Number, $"{name.Text}() takes amounts");
                return name.Text == "min" ? new MinNode(start, end, [.. arguments]) : new MaxNode(start, end, [.. arguments]);
            case "round":
                if (!Arity(name, arguments.Count is 1 or 2, "round() takes one or two values: round(x) or round(x, digits)"))
                    return null;
                foreach (var argument in arguments)
                    Expect(argument, ValueKind.Number, "round() takes amounts");
                if (arguments.Count == 2 && (arguments[1] is NegateNode { Children: [NumberLiteral] }
                    || (arguments[1] is NumberLiteral { Value: var digits } && (digits > 28 || digits != decimal.Truncate(digits)))))
                    errors.Add(new(arguments[1].Start, arguments[1].End, Failures.RoundDigits));
                return new RoundNode(start, end, arguments[0], arguments.Count == 2 ? arguments[1] : null);
            case "ceil" or "floor":
                if (!Arity(name, arguments.Count == 1, $"{name.Text}() takes one value: {name.Text}(x)"))
                    return null;
                Expect(arguments[0], ValueKind.Number, $"{name.Text}() takes an amount");
                return name.Text == "ceil" ? new CeilNode(start, end, arguments[0]) : new FloorNode(start, end, arguments[0]);
            case "if":
                if (!Arity(name, arguments.Count == 3, "if() takes three values: if(condition, a, b)"))
                    return null;
                Expect(arguments[0], ValueKind.Condition, "the first value of if() must be a condition");
                if (arguments[1].Kind != ValueKind.Unknown && arguments[2].Kind != ValueKind.Unknown && arguments[1].Kind != arguments[2].Kind)
                    errors.Add(new(arguments[1].Start, arguments[2].End,
                        $"both results of if() must be of one kind, but '{Source(arguments[1])}' is {Describe(arguments[1].Kind)} and '{Source(arguments[2])}' is {Describe(arguments[2].Kind)}"));
                return new IfNode(start, end, arguments[0], arguments[1], arguments[2]);
            default:
                var known = scope.FactSlot(name.Text) >= 0 || scope.Constants.ContainsKey(name.Text);
                errors.Add(new(name.Start, name.End, known
                    ? $"'{name.Text}' is not a function; put an operator such as '*' before '('"
                    : $"unknown function '{name.Text}'{Suggestions.Hint(name.Text, NameScope.Functions)}" +
                      (Suggestions.Closest(name.Text, NameScope.Functions) is null ? $"; the functions are {string.Join(", ", NameScope.Functions)}" : "")));
                return null;
        }
    }

    private bool Arity(Token name, bool ok, string message)
    {
        if (!ok)
            errors.Add(new(name.Start, name.End, message));
        return ok;
    }
}
