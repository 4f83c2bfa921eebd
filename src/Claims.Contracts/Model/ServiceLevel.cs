namespace Claims.Contracts.Model;

/// <summary>
/// A monthly service level: breached when the month's <see cref="Metric"/> is above <see cref="Threshold"/>;
/// the carrier then owes <see cref="Pay"/> (with the same cap, minimum and rounding rules as a clause).
/// </summary>
public sealed record ServiceLevel(
    string Id,
    int Page,
    string Title,
    ServiceLevelMetric Metric,
    decimal Threshold,
    string Pay,
    decimal? Cap,
    decimal? Minimum);

/// <summary>Incidents per 10,000 parcels of the month, counted by incident date.</summary>
public enum ServiceLevelMetric
{
    LostPer10k,
    DamagedPer10k,
    MisdeliveredPer10k,
    LatePer10k,
    IncidentsPer10k,
}

/// <summary>The names metrics have in contract files (`lostPer10k`, ...).</summary>
public static class ServiceLevelMetricNames
{
    private static readonly string[] Names = ["lostPer10k", "damagedPer10k", "misdeliveredPer10k", "latePer10k", "incidentsPer10k"];

    public static IReadOnlyList<string> All => Names;

    public static string Name(ServiceLevelMetric metric) =>
        (int)metric >= 0 && (int)metric < Names.Length ? Names[(int)metric] : metric.ToString();

    public static bool TryParse(string name, out ServiceLevelMetric metric)
    {
        var index = Array.IndexOf(Names, name);
        metric = (ServiceLevelMetric)Math.Max(index, 0);
        return index >= 0;
    }
}
