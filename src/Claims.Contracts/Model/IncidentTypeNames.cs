namespace Claims.Contracts.Model;

/// <summary>The names incident types have in contract files and outputs (`lost`, `notDeliveredToDoor`, ...).</summary>
public static class IncidentTypeNames
{
    private static readonly string[] Names =
        ["lost", "damaged", "misdelivered", "late", "notDeliveredToDoor", "courierMisconduct", "falseDeliveryScan", "other"];

    /// <summary>Every name, in the order of <see cref="IncidentType"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    public static string Name(IncidentType type) =>
        (int)type >= 0 && (int)type < Names.Length ? Names[(int)type] : type.ToString();

    /// <summary>Exact (case-sensitive) match of a file name such as `notDeliveredToDoor`.</summary>
    public static bool TryParse(string name, out IncidentType type)
    {
        var index = Array.IndexOf(Names, name);
        type = (IncidentType)Math.Max(index, 0);
        return index >= 0;
    }
}
