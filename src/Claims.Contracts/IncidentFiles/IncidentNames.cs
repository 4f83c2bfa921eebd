using Claims.Contracts.Model;

namespace Claims.Contracts.IncidentFiles;

/// <summary>The words an incident file may use for incident types and directions, in English and Chinese.</summary>
public static class IncidentNames
{
    private static readonly (IncidentType Type, string English, string Chinese)[] Types =
    [
        (IncidentType.Lost, "lost", "丢件"),
        (IncidentType.Damaged, "damaged", "破损"),
        (IncidentType.Misdelivered, "misdelivered", "错派"),
        (IncidentType.Late, "late", "延误"),
        (IncidentType.NotDeliveredToDoor, "notDeliveredToDoor", "未送货上门"),
        (IncidentType.CourierMisconduct, "courierMisconduct", "服务态度"),
        (IncidentType.FalseDeliveryScan, "falseDeliveryScan", "虚假签收"),
        (IncidentType.Other, "other", "其他"),
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
    public static Direction? ParseDirection(string text) => text switch
    {
        _ when string.Equals(text, "forward", StringComparison.OrdinalIgnoreCase) || text == "正向" => Direction.Forward,
        _ when string.Equals(text, "return", StringComparison.OrdinalIgnoreCase) || text == "逆向" => Direction.Return,
        _ => null,
    };

    internal static string IncidentTypeHint =>
        $"use {string.Join(", ", Types.Select(t => t.English))} or {string.Join(", ", Types.Select(t => t.Chinese))}";
}
