using System.Globalization;
using Microsoft.Extensions.Configuration;

// Namespace Claims.Managers, not the folder's: the service is named Reallocation and a namespace of that name would hide it.
namespace Claims.Managers;

/// <summary>A carrier's configured bounds: shares as fractions (0.3 = 30%), capacity in parcels per month.</summary>
public sealed record CarrierBounds(decimal? MinShare, decimal? MaxShare, long? Capacity);

/// <summary>
/// Managers:Reallocation: MaxChangePerMonth (default 0.10 = 10 points), MinShareWhenKept (default 0.05) and
/// Carriers:{CODE}:MinShare | MaxShare | Capacity. Registered as a service it wins over the configuration (the CLI does that).
/// </summary>
public sealed record ReallocationSettings(decimal MaxChangePerMonth, decimal MinShareWhenKept, IReadOnlyDictionary<string, CarrierBounds> Carriers)
{
    public static readonly ReallocationSettings Defaults = new(0.10m, 0.05m, new Dictionary<string, CarrierBounds>());

    public static ReallocationSettings From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection("Managers:Reallocation");
        if (section is null)
            return Defaults;
        var carriers = new Dictionary<string, CarrierBounds>(StringComparer.OrdinalIgnoreCase);
        foreach (var carrier in section.GetSection("Carriers").GetChildren())
        {
            var capacity = Share(carrier, "Capacity", null, 0m, long.MaxValue);
            carriers[carrier.Key] = new CarrierBounds(
                Share(carrier, "MinShare", null, 0m, 1m), Share(carrier, "MaxShare", null, 0m, 1m), capacity is { } c ? (long)c : null);
        }
        return new ReallocationSettings(
            Share(section, "MaxChangePerMonth", Defaults.MaxChangePerMonth, 0m, 1m)!.Value,
            Share(section, "MinShareWhenKept", Defaults.MinShareWhenKept, 0m, 1m)!.Value,
            carriers);
    }

    private static decimal? Share(IConfigurationSection section, string key, decimal? fallback, decimal min, decimal max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new InvalidOperationException($"{section.Path}:{key} must be a number from {min} to {max}, not '{text}'.");
        return value;
    }
}
