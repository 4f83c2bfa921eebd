namespace Claims.Contracts.Expressions;

internal enum TokenKind
{
    Number,
    Name,
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    End,
}

/// <summary>One token of an expression, with its place in the text (End exclusive).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text)
{
    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the expression",
        TokenKind.Number => $"the number {Text}",
        TokenKind.Name => $"'{Text}'",
        _ => $"'{Text}'",
    };
}
