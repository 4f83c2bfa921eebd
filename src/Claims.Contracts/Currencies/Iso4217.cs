using System.Collections.Frozen;

namespace Claims.Contracts.Currencies;

/// <summary>
/// ISO 4217 currency codes with their minor units (decimals an amount is rounded to). Codes without a minor unit
/// (gold, SDR, test codes) are left out on purpose: nothing can be paid in them, so a contract cannot use them.
/// </summary>
public static class Iso4217
{
    private const string ZeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";
    private const string FourDecimals = "CLF UYW";
    private const string TwoDecimals =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP " +
        "GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL " +
        "MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN " +
        "QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD " +
        "TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    // Names people write for a currency that are not its code.
    private static readonly FrozenDictionary<string, string> CommonAliases = new Dictionary<string, string>
    {
        ["RMB"] = "CNY", ["YUAN"] = "CNY", ["人民币"] = "CNY", ["NTD"] = "TWD", ["YEN"] = "JPY", ["EURO"] = "EUR",
        ["US$"] = "USD", ["$"] = "USD", ["HK$"] = "HKD", ["WON"] = "KRW", ["RUR"] = "RUB",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> MinorUnits = Build();

    private static FrozenDictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string codes, int decimals)
        {
            foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table.Add(code, decimals);
        }
        Add(ZeroDecimals, 0);
        Add(TwoDecimals, 2);
        Add(ThreeDecimals, 3);
        Add(FourDecimals, 4);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static readonly FrozenSet<string> WithoutMinorUnit =
        FrozenSet.ToFrozenSet(["XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"], StringComparer.Ordinal);

    /// <summary>True for ISO 4217 codes with no minor unit (gold, SDR, test codes): real codes, but not for payment.</summary>
    public static bool HasNoMinorUnit(string code) => WithoutMinorUnit.Contains(code);

    /// <summary>All known codes.</summary>
    public static IEnumerable<string> Codes => MinorUnits.Keys;

    /// <summary>The currency's minor unit (2 for CNY, 0 for JPY, 3 for KWD); false for an unknown code. Case-sensitive.</summary>
    public static bool TryGetDecimals(string code, out int decimals) => MinorUnits.TryGetValue(code, out decimals);

    /// <summary>The minor unit of a code known to be valid (2 when it is not, so formatting never fails).</summary>
    public static int DecimalsOf(string code) => MinorUnits.TryGetValue(code, out var d) ? d : 2;

    /// <summary>The code someone probably meant: a well-known alias (RMB), the upper-case spelling, or null.</summary>
    public static string? Alias(string written)
    {
        if (CommonAliases.TryGetValue(written.Trim(), out var code))
            return code;
        var upper = written.Trim().ToUpperInvariant();
        return MinorUnits.ContainsKey(upper) ? upper : null;
    }
}
