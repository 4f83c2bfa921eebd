using System.Globalization;

namespace Claims.Contracts.Expressions;

/// <summary>
/// Recursive-descent parser for the expression language of CONTRACT-FORMAT.md. Builds the evaluation tree
/// directly, resolving names against a <see cref="NameScope"/> and checking amount/condition types as it goes.
/// Stops at the first syntax error; collects every unknown-name and type error before it.
/// </summary>
internal sealed partial class Parser
{
    private readonly string text;
    private readonly List<Token> tokens;
    private readonly NameScope scope;
    private readonly List<ExpressionError> errors = [];

    // Sub-expressions written in parentheses: their extent with the parentheses, so a parent's text includes them.
    private readonly Dictionary<Node, (int Start, int End)> parenthesized = new(ReferenceEqualityComparer.Instance);
    private int position;
    private int depth;

    // Far beyond any real clause; keeps a pathological file from exhausting the stack.
    private const int MaxDepth = 100;

    private Parser(string text, List<Token> tokens, NameScope scope)
    {
        this.text = text;
        this.tokens = tokens;
        this.scope = scope;
    }

    public static (Node? Root, IReadOnlyList<ExpressionError> Errors) Parse(string text, NameScope scope)
    {
        List<Token> tokens;
        try
        {
            tokens = Lexer.Tokenize(text);
        }
        catch (ExpressionSyntaxException e)
        {
            return (null, [e.Error]);
        }
        var parser = new Parser(text, tokens, scope);
        try
        {
            if (tokens[0].Kind == TokenKind.End)
                throw new ExpressionSyntaxException(0, text.Length, "the expression is empty");
            var root = parser.ParseOr();
            if (parser.Current.Kind != TokenKind.End)
                throw parser.Syntax(parser.Current, parser.Current.Kind == TokenKind.RightParen
                    ? "')' without a matching '('"
                    : $"unexpected {parser.Current.Describe()} after a complete expression; is an operator missing?");
            return (parser.errors.Count == 0 ? root : null, parser.errors);
        }
        catch (ExpressionSyntaxException e)
        {
            parser.errors.Add(e.Error);
            return (null, [.. parser.errors.OrderBy(x => x.Start)]);
        }
    }

    private Token Current => tokens[position];

    private Token Advance() => tokens[position++];

    private bool AtKeyword(string keyword) => Current.Kind == TokenKind.Name && Current.Text == keyword;

    private string Source(Node node) => text[node.Start..node.End];

    private int StartOf(Node node) => parenthesized.TryGetValue(node, out var outer) ? outer.Start : node.Start;

    private int EndOf(Node node) => parenthesized.TryGetValue(node, out var outer) ? outer.End : node.End;

    private ExpressionSyntaxException Syntax(Token at, string message) =>
        new(at.Start, Math.Max(at.End, at.Start + 1), message);

    private Node ParseOr()
    {
        if (++depth > MaxDepth)
            throw Syntax(Current, $"the expression is nested more than {MaxDepth} levels deep");
        var left = ParseAnd();
        while (AtKeyword("or"))
        {
            Advance();
            var right = ParseAnd();
            ExpectConditions(left, right, "'or'");
            left = new OrNode(StartOf(left), EndOf(right), left, right);
        }
        depth--;
        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseNot();
        while (AtKeyword("and"))
        {
            Advance();
            var right = ParseNot();
            ExpectConditions(left, right, "'and'");
            left = new AndNode(StartOf(left), EndOf(right), left, right);
        }
        return left;
    }

    private Node ParseNot()
    {
        if (!AtKeyword("not"))
            return ParseComparison();
        var not = Advance();
        if (++depth > MaxDepth)
            throw Syntax(not, $"the expression is nested more than {MaxDepth} levels deep");
        var operand = ParseNot();
        depth--;
        Expect(operand, ValueKind.Condition, "'not' needs a condition");
        return new NotNode(not.Start, EndOf(operand), operand);
    }

    private Node ParseComparison()
    {
        var left = ParseAdditive();
        if (ComparisonOf(Current.Kind) is not { } comparison)
            return left;
        var op = Advance();
        var right = ParseAdditive();
        if (ComparisonOf(Current.Kind) is not null)
            throw Syntax(Current, "comparisons cannot be chained (a < b < c); join two comparisons with 'and'");
        return BuildComparison(left, right, comparison, op);
    }

    private Node BuildComparison(Node left, Node right, Comparison comparison, Token op)
    {
        var equality = comparison is Comparison.Equal or Comparison.NotEqual;
        if (left.Kind == ValueKind.Condition && right.Kind == ValueKind.Condition && equality)
            return new ConditionEqualsNode(StartOf(left), EndOf(right), left, right, comparison == Comparison.Equal, op.Text);
        if (left.Kind != ValueKind.Unknown && right.Kind != ValueKind.Unknown && left.Kind != right.Kind)
            errors.Add(new(StartOf(left), EndOf(right), $"'{op.Text}' cannot compare an amount with a condition ('{Source(left)}' and '{Source(right)}')"));
        else if (!equality)
            ExpectNumbers(left, right, $"'{op.Text}'");
        return new CompareNode(StartOf(left), EndOf(right), left, right, comparison, op.Text);
    }

    private static Comparison? ComparisonOf(TokenKind kind) => kind switch
    {
        TokenKind.Equal => Comparison.Equal,
        TokenKind.NotEqual => Comparison.NotEqual,
        TokenKind.Less => Comparison.Less,
        TokenKind.LessOrEqual => Comparison.LessOrEqual,
        TokenKind.Greater => Comparison.Greater,
        TokenKind.GreaterOrEqual => Comparison.GreaterOrEqual,
        _ => null,
    };

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            var right = ParseMultiplicative();
            ExpectNumbers(left, right, $"'{op.Text}'");
            left = op.Kind == TokenKind.Plus
                ? new AddNode(StartOf(left), EndOf(right), left, right)
                : new SubtractNode(StartOf(left), EndOf(right), left, right);
        }
        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            var right = ParseUnary();
            ExpectNumbers(left, right, $"'{op.Text}'");
            left = op.Kind == TokenKind.Star
                ? new MultiplyNode(StartOf(left), EndOf(right), left, right)
                : new DivideNode(StartOf(left), EndOf(right), left, right);
        }
        return left;
    }

    private Node ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
            return ParsePrimary();
        var minus = Advance();
        if (++depth > MaxDepth)
            throw Syntax(minus, $"the expression is nested more than {MaxDepth} levels deep");
        var operand = ParseUnary();
        depth--;
        Expect(operand, ValueKind.Number, "'-' needs an amount");
        return new NegateNode(minus.Start, EndOf(operand), operand);
    }

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (!decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    throw Syntax(token, $"the number {token.Text} is too large");
                return new NumberLiteral(token.Start, token.End, value);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseOr();
                if (Current.Kind != TokenKind.RightParen)
                    throw Syntax(Current, $"missing ')' to close the '(' opened at position {token.Start + 1} of the expression");
                var close = Advance();
                parenthesized[inner] = (token.Start, close.End);
                return inner;
            case TokenKind.Name:
                return ParseName();
            case TokenKind.End:
                throw position == 0
                    ? Syntax(token, "the expression is empty")
                    : Syntax(token, $"the expression ends too early: a value is missing after {tokens[position - 1].Describe()}");
            default:
                throw Syntax(token, $"expected a number, a name or '(' but found {token.Describe()}");
        }
    }
}
