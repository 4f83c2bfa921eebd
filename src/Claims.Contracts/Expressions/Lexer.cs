namespace Claims.Contracts.Expressions;

/// <summary>Splits an expression into tokens; explains the characters people type by mistake.</summary>
internal static class Lexer
{
    // Typed from a Chinese keyboard or copied from a document; worth a precise hint.
    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        ['（'] = "(", ['）'] = ")", ['，'] = ",", ['＋'] = "+", ['－'] = "-", ['＊'] = "*", ['×'] = "*",
        ['／'] = "/", ['÷'] = "/", ['＜'] = "<", ['＞'] = ">", ['＝'] = "==", ['≤'] = "<=", ['≥'] = ">=", ['≠'] = "!=",
        ['。'] = ".", ['．'] = ".",
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                    if (i >= text.Length || !char.IsAsciiDigit(text[i]))
                        throw new ExpressionSyntaxException(start, i, $"'{text[start..i]}' is not a number: write digits after the decimal point");
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                if (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '_'))
                    throw new ExpressionSyntaxException(start, i + 1, $"a number cannot run into a name ('{text[start..(i + 1)]}'); put an operator between them, such as '*'");
                tokens.Add(new Token(TokenKind.Number, start, i, text[start..i]));
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Name, start, i, text[start..i]));
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var (kind, length) = (c, next) switch
            {
                ('(', _) => (TokenKind.LeftParen, 1),
                (')', _) => (TokenKind.RightParen, 1),
                (',', _) => (TokenKind.Comma, 1),
                ('+', _) => (TokenKind.Plus, 1),
                ('-', _) => (TokenKind.Minus, 1),
                ('*', _) => (TokenKind.Star, 1),
                ('/', _) => (TokenKind.Slash, 1),
                ('=', '=') => (TokenKind.Equal, 2),
                ('!', '=') => (TokenKind.NotEqual, 2),
                ('<', '=') => (TokenKind.LessOrEqual, 2),
                ('<', _) => (TokenKind.Less, 1),
                ('>', '=') => (TokenKind.GreaterOrEqual, 2),
                ('>', _) => (TokenKind.Greater, 1),
                _ => (TokenKind.End, 0),
            };
            if (length == 0)
                throw Unexpected(text, i);
            tokens.Add(new Token(kind, i, i + length, text.Substring(i, length)));
            i += length;
        }
        tokens.Add(new Token(TokenKind.End, text.Length, text.Length, ""));
        return tokens;
    }

    private static ExpressionSyntaxException Unexpected(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var message = (c, next) switch
        {
            ('=', _) => "'=' is not an operator; use '==' to compare",
            ('&', '&') => "'&&' is not an operator; use 'and'",
            ('|', '|') => "'||' is not an operator; use 'or'",
            ('!', _) => "'!' is not an operator; use 'not'",
            ('.', _) when char.IsAsciiDigit(next) => "a number must start with a digit: write 0.5, not .5",
            ('"', _) or ('\'', _) => "quotes are not allowed inside an expression; quote the whole expression in YAML instead",
            _ when LookAlikes.TryGetValue(c, out var ascii) => $"'{c}' is a full-width or typographic character; use '{ascii}'",
            _ => $"unexpected character '{c}'",
        };
        var length = (c == '&' && next == '&') || (c == '|' && next == '|') ? 2 : 1;
        return new ExpressionSyntaxException(i, i + length, message);
    }
}
