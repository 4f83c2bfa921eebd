namespace Claims.Contracts.Model;

/// <summary>Whether the engine could compute the amount owed.</summary>
public enum AssessmentStatus
{
    Assessed,
    Manual,
}

/// <summary>
/// What the contract says the carrier owes for one incident, with the clause and page it rests on and the
/// arithmetic that produced it. For <see cref="AssessmentStatus.Manual"/> the reason says why no amount was
/// computed; contract fields are filled as far as the engine got (e.g. the contract, but no clause).
/// </summary>
public sealed record Assessment(
    AssessmentStatus Status,
    string? ContractNumber,
    string? ClauseId,
    int? Page,
    string? Title,
    decimal? Amount,
    string? Currency,
    DateOnly? FileBy,
    string? Reason,
    string? Trace);
