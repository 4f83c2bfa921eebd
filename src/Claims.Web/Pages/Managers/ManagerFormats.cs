using System.Globalization;

namespace Claims.Web.Pages.Managers;

/// <summary>Rates as the managers' table shows them; "—" where there is no rate (no volume, nothing assessed).</summary>
public static class ManagerFormats
{
    public static string Rate(decimal? value) =>
        value is { } v ? v.ToString("N1", CultureInfo.CurrentCulture) : "—";

    public static string Percent(decimal? fraction) =>
        fraction is { } f ? (f * 100).ToString("N1", CultureInfo.CurrentCulture) + "%" : "—";

    public static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Days(decimal? days) =>
        days is { } d ? d.ToString("0.#", CultureInfo.CurrentCulture) : "—";

    /// <summary>A share change in percentage points, signed: +5.0 / −2.5.</summary>
    public static string Points(decimal from, decimal to) =>
        ((to - from) * 100).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture);

    /// <summary>Money with its sign written like <see cref="Signed"/>: +12.00 元 / −27.00 元.</summary>
    public static string SignedMoney(decimal value, string currency) =>
        (value > 0 ? "+" : value < 0 ? "−" : "") + Claims.Web.Localization.Formats.Money(Math.Abs(value), currency);

    public static string Signed(decimal value, int decimals = 1) =>
        value.ToString($"+#,0.{new string('0', decimals)};−#,0.{new string('0', decimals)};0", CultureInfo.CurrentCulture);
}
