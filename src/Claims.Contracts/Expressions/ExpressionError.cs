namespace Claims.Contracts.Expressions;

/// <summary>A problem found when compiling an expression, at <see cref="Start"/>..<see cref="End"/> of its text.</summary>
internal sealed record ExpressionError(int Start, int End, string Message);

/// <summary>Stops the parser at the first syntax error; never leaves the compiler.</summary>
internal sealed class ExpressionSyntaxException(int start, int end, string message) : Exception(message)
{
    public ExpressionError Error { get; } = new(start, end, message);
}
