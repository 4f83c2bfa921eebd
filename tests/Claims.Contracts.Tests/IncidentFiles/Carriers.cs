namespace Claims.Contracts.Tests.IncidentFiles;

/// <summary>The carriers of the sample contracts, resolved by code (any case) or name, as the contract set does.</summary>
internal static class Carriers
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SF"] = "SF", ["顺丰速运"] = "SF",
        ["ZTO"] = "ZTO", ["中通快递"] = "ZTO",
        ["YTO"] = "YTO", ["圆通速递"] = "YTO",
        ["JD"] = "JD", ["京东物流"] = "JD",
        ["CAINIAO"] = "CAINIAO", ["菜鸟仓配"] = "CAINIAO",
        ["FDX"] = "FDX", ["FedEx International"] = "FDX",
    };

    public static string? Resolve(string text) => Known.GetValueOrDefault(text);
}
