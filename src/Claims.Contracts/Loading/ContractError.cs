namespace Claims.Contracts.Loading;

/// <summary>
/// One problem in a contract file, where it is (1-based line and column; 0 when it concerns the whole file or
/// folder) and what is wrong, in words a person editing the file can act on.
/// </summary>
public sealed record ContractError(string File, int Line, int Column, string Message)
{
    /// <summary>`file:line:column: message`, the form editors and terminals link to.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
