namespace Claims.Contracts.Tests.Loading;

/// <summary>A valid contract file with known line numbers; tests change one line to make one error.</summary>
internal static class Base
{
    // Line numbers are given on the right for reading the tests.
    public const string Yaml =
        "carrier:\n" +                                     // 1
        "  code: ZTO\n" +                                  // 2
        "  name: 中通快递\n" +                              // 3
        "contract:\n" +                                    // 4
        "  number: ZTO-SH-2026-017\n" +                    // 5
        "  effective: 2026-01-01\n" +                      // 6
        "  expires: 2026-12-31\n" +                        // 7
        "  currency: CNY\n" +                              // 8
        "deadlines:\n" +                                   // 9
        "  fileWithinDays: 30\n" +                         // 10
        "clauses:\n" +                                     // 11
        "  - id: \"7.2\"\n" +                              // 12
        "    page: 4\n" +                                  // 13
        "    title: 未保价快件丢失\n" +                      // 14
        "    incident: lost\n" +                           // 15
        "    when: \"declaredValue == 0\"\n" +             // 16
        "    pay: \"min(goodsValue, 3 * freight)\"\n" +    // 17
        "    cap: 1000\n";                                 // 18

    public static string With(string line, string replacement)
    {
        Assert.Contains(line, Yaml, StringComparison.Ordinal);
        return Yaml.Replace(line, replacement, StringComparison.Ordinal);
    }

    public static string Second(string number = "ZTO-SH-2027-001", string effective = "2027-01-01", string? expires = "2027-12-31", string code = "ZTO") =>
        Yaml.Replace("ZTO-SH-2026-017", number, StringComparison.Ordinal)
            .Replace("effective: 2026-01-01", $"effective: {effective}", StringComparison.Ordinal)
            .Replace("  expires: 2026-12-31\n", expires is null ? "" : $"  expires: {expires}\n", StringComparison.Ordinal)
            .Replace("code: ZTO", $"code: {code}", StringComparison.Ordinal);
}
