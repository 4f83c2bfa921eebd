namespace Claims.Contracts.Loading;

/// <summary>The keys each part of a contract file may have (CONTRACT-FORMAT.md); keys are case-sensitive.</summary>
internal static class Keys
{
    public static readonly string[] Top = ["carrier", "contract", "constants", "deposit", "deadlines", "clauses", "serviceLevels"];
    public static readonly string[] Carrier = ["code", "name"];
    public static readonly string[] Contract = ["number", "effective", "expires", "currency", "document"];
    public static readonly string[] Deposit = ["amount", "minimumBalance", "topUpWithinDays"];
    public static readonly string[] Deadlines =
    [
        "fileWithinDays", "fileWithinMonths", "respondWithinDays", "deemedAcceptedOnSilence", "payWithinDays",
        "deductFromDepositWhenOverdue", "oneClaimPerShipment",
    ];
    public static readonly string[] Clause = ["id", "page", "title", "incident", "when", "pay", "cap", "minimum"];
    public static readonly string[] ServiceLevel = ["id", "page", "title", "metric", "threshold", "pay", "cap", "minimum"];

    private static readonly (string Section, string[] Keys)[] Sections =
    [
        ("carrier", Carrier), ("contract", Contract), ("deposit", Deposit), ("deadlines", Deadlines),
        ("clauses", Clause), ("serviceLevels", ServiceLevel),
    ];

    /// <summary>The section a misplaced key belongs to ("fileWithinDays" → "deadlines"), or null.</summary>
    public static string? SectionOf(string key) =>
        Sections.FirstOrDefault(s => s.Keys.Contains(key, StringComparer.Ordinal)).Section;
}
