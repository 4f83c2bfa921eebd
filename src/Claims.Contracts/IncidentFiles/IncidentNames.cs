using Claims.Contracts.Model;

namespace Claims.Contracts.IncidentFiles;

/// <summary>The words an incident file may use for incident types and directions, in English and Chinese.</summary>
public static class IncidentNames
{
    // English names are the contract-file names (IncidentTypeNames); only the Chinese ones are file-specific.
    private static readonly (IncidentType Type, string English, string Chinese)[] Types =
    [
        .. new (IncidentType Type, string Chinese)[]
        {
            (IncidentType.Lost, "丢件"),
            (IncidentType.Damaged, "破损"),
            (IncidentType.Misdelivered, "错派"),
            (IncidentType.Late, "延误"),
            (IncidentType.NotDeliveredToDoor, "未送货上门"),
            (IncidentType.CourierMisconduct, "服务态度"),
            (IncidentType.FalseDeliveryScan, "虚假签收"),
            (IncidentType.Other, "其他"),
        }.Select(t => (t.Type, IncidentTypeNames.Name(t.Type), t.Chinese)),
    ];

    /// <summary>The Chinese name an incident file may use (丢件, 破损, ...).</summary>
    public static string Chinese(IncidentType type) => Types.First(t => t.Type == type).Chinese;

    /// <summary>English names ignoring case, or the Chinese names exactly.</summary>
    public static IncidentType? ParseIncidentType(string text)
    {
        foreach (var (type, english, chinese) in Types)
        {
            if (string.Equals(text, english, StringComparison.OrdinalIgnoreCase) || text == chinese)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>forward / 正向 or return / 逆向.</summary>
    public static Direction? ParseDirection(string text) => DirectionNames.Parse(text);

    internal static string IncidentTypeHint =>
        $"use {string.Join(", ", Types.Select(t => t.English))} or {string.Join(", ", Types.Select(t => t.Chinese))}";
}
