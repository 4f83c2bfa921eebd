namespace Claims.Contracts.Loading;

/// <summary>Collects the errors of one file, turning node positions and expression offsets into line and column.</summary>
internal sealed class FileErrors(string file, string text)
{
    private readonly List<ContractError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ContractError> All => errors;

    public int Count => errors.Count;

    public void Add(Position at, string message) => errors.Add(new ContractError(File, at.Line, at.Column, message));

    public void Add(YamlNode at, string message) => Add(at.Start, message);

    /// <summary>An error at <paramref name="offset"/> inside the expression held by <paramref name="scalar"/>.</summary>
    public void AddInExpression(YamlScalar scalar, int offset, string message) =>
        Add(ExpressionPositions.Locate(text, scalar, offset), message);
}
