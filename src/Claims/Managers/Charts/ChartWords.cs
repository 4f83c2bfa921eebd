namespace Claims.Managers.Charts;

/// <summary>
/// The managers' chart words in English and Chinese. Language "zh" or "en" picks one; "zh-en" writes both
/// (Chinese first), as the PDF packets do.
/// </summary>
internal static class ChartWords
{
    public static readonly (string En, string Zh) IncidentsByType = ("Incidents per 10k parcels by type", "每万件异常（按类型）");
    public static readonly (string En, string Zh) IncidentTrend = ("Incidents per 10k parcels by month", "每万件异常月度趋势");
    public static readonly (string En, string Zh) RecoveryTrend = ("Recovery rate by month", "月度回款率");
    public static readonly (string En, string Zh) RecoveryByCarrier = ("Recovery rate by carrier", "各承运商回款率");
    public static readonly (string En, string Zh) Per10k = ("incidents per 10,000 parcels", "每万件异常数");
    public static readonly (string En, string Zh) RecoveryAxis = ("% of assessed: (received + deducted) / assessed", "回款率：(已收 + 扣款) / 核定");
    public static readonly (string En, string Zh) Month = ("Month", "月份");
    public static readonly (string En, string Zh) Lost = ("Lost", "丢件");
    public static readonly (string En, string Zh) Damaged = ("Damaged", "破损");
    public static readonly (string En, string Zh) Misdelivered = ("Misdelivered", "错派");
    public static readonly (string En, string Zh) Late = ("Late", "延误");
    public static readonly (string En, string Zh) Recovery = ("Recovery rate", "回款率");

    public static string Pick((string En, string Zh) words, string language) => Language(language) switch
    {
        "zh" => words.Zh,
        "both" => $"{words.Zh} {words.En}",
        _ => words.En,
    };

    private static string Language(string language) =>
        language.Equals("zh-en", StringComparison.OrdinalIgnoreCase) || language.Equals("both", StringComparison.OrdinalIgnoreCase) ? "both"
        : language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh"
        : "en";
}
