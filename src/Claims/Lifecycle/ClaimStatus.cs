namespace Claims.Lifecycle;

/// <summary>Where a claim stands (DESIGN.md, "Lifecycle"). Overdue is not a status: it is a deadline passed.</summary>
public enum ClaimStatus
{
    Assessed,
    Manual,
    Filed,
    Accepted,
    Disputed,
    Countered,
    Paid,
    Waived,
    Closed,
}

public static class ClaimStatusNames
{
    /// <summary>The lower-case names the CLI and API use (`--status filed`).</summary>
    public static string ToName(this ClaimStatus status) => status switch
    {
        ClaimStatus.Assessed => "assessed",
        ClaimStatus.Manual => "manual",
        ClaimStatus.Filed => "filed",
        ClaimStatus.Accepted => "accepted",
        ClaimStatus.Disputed => "disputed",
        ClaimStatus.Countered => "countered",
        ClaimStatus.Paid => "paid",
        ClaimStatus.Waived => "waived",
        ClaimStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool IsEnded(this ClaimStatus status) => status is ClaimStatus.Waived or ClaimStatus.Closed;
}
