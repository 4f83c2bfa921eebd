using System.Globalization;
using Claims.Contracts.Currencies;

namespace Claims.Finance.Packets;

/// <summary>How packets write names, money and dates: Chinese with English, money with its ISO currency code.</summary>
internal static class Labels
{
    public static string Incident(string name) => name switch
    {
        "lost" => "丢件 lost",
        "damaged" => "破损 damaged",
        "misdelivered" => "错派 misdelivered",
        "late" => "延误 late",
        "notDeliveredToDoor" => "未送货上门 not delivered to the door",
        "courierMisconduct" => "服务态度 courier misconduct",
        "falseDeliveryScan" => "虚假签收 false delivery scan",
        "other" => "其他 other",
        _ => name,
    };

    public static string Direction(string name) => name == "return" ? "逆向 return" : "正向 forward";

    public static string Status(string name) => name switch
    {
        "assessed" => "已核定 assessed",
        "manual" => "待人工核定 needs manual assessment",
        "filed" => "已索赔 filed",
        "accepted" => "承运商已同意 accepted",
        "disputed" => "承运商有异议 disputed",
        "countered" => "承运商还价 counter-offered",
        "paid" => "已结清 settled",
        "waived" => "已放弃 waived",
        "closed" => "已关闭 closed",
        _ => name,
    };

    /// <summary>"CNY 1,234.50", "JPY 3,600": the code always, so two currencies are never confused.</summary>
    public static string Money(decimal? amount, string? currency)
    {
        if (amount is not { } a)
            return "—";
        var code = string.IsNullOrEmpty(currency) ? "" : currency + " ";
        var decimals = Iso4217.DecimalsOf(currency ?? "CNY");
        return code + Math.Round(a, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture);
    }

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Moment(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };
}
