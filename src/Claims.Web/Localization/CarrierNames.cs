namespace Claims.Web.Localization;

/// <summary>A carrier as readers name it: 圆通速递 for Chinese readers (the contract's name), YTO for English readers.</summary>
public static class CarrierNames
{
    public static string Of(string code, IEnumerable<(string Code, string Name)> carriers)
    {
        if (!Languages.IsChinese)
            return code;
        foreach (var (c, name) in carriers)
        {
            if (string.Equals(c, code, StringComparison.OrdinalIgnoreCase))
                return string.IsNullOrWhiteSpace(name) ? code : name;
        }
        return code;
    }
}
