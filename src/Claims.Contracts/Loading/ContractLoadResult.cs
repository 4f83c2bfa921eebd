namespace Claims.Contracts.Loading;

/// <summary>Either the loaded set, or every error found in it (a set with any error is refused as a whole).</summary>
public sealed record ContractLoadResult(ContractSet? Set, IReadOnlyList<ContractError> Errors)
{
    public bool Succeeded => Set is not null;
}
