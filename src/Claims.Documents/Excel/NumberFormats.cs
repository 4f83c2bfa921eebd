namespace Claims.Documents.Excel;

/// <summary>The Excel number format codes the project uses, in one place.</summary>
public static class NumberFormats
{
    public const string General = "General";
    public const string Integer = "0";
    public const string Thousands = "#,##0";
    public const string Decimal2 = "#,##0.00";
    public const string Date = "yyyy-mm-dd";
    public const string DateTime = "yyyy-mm-dd hh:mm";
    public const string Percent = "0.00%";

    /// <summary>
    /// The format for an amount in an ISO 4217 currency. CNY and JPY both use ¥ in their home markets;
    /// JPY is written "JP¥" so a register holding both can never be misread.
    /// </summary>
    public static string Currency(string? isoCode) => (isoCode ?? "").Trim().ToUpperInvariant() switch
    {
        "CNY" or "RMB" => "\"¥\"#,##0.00",
        "USD" => "\"$\"#,##0.00",
        "JPY" => "\"JP¥\"#,##0",
        "EUR" => "\"€\"#,##0.00",
        "GBP" => "\"£\"#,##0.00",
        "HKD" => "\"HK$\"#,##0.00",
        "" => Decimal2,
        var other => "#,##0.00\" " + new string(other.Where(char.IsAsciiLetterOrDigit).ToArray()) + "\"",
    };
}
