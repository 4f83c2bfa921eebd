using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Claims.Managers;

/// <summary>The score weights managers get unless they ask for others: Managers:Weights:* over the documented defaults.</summary>
public static class ScoreWeightsConfig
{
    /// <summary>Incidents count most (what the shop's customers feel), then recovery, days to payment, disputes and breaches.</summary>
    public static readonly ScoreWeights Defaults = new(IncidentsPer10k: 40m, RecoveryRate: 25m, DisputeRate: 10m, DaysToPayment: 15m, ServiceLevelBreaches: 10m);

    public static ScoreWeights From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection("Managers:Weights");
        decimal Read(string key, decimal fallback)
        {
            var text = section?[key];
            if (string.IsNullOrWhiteSpace(text))
                return fallback;
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
                throw new InvalidOperationException($"Managers:Weights:{key} must be a number of at least 0, not '{text}'.");
            return value;
        }
        var d = Defaults;
        return new ScoreWeights(
            Read(nameof(ScoreWeights.IncidentsPer10k), d.IncidentsPer10k),
            Read(nameof(ScoreWeights.RecoveryRate), d.RecoveryRate),
            Read(nameof(ScoreWeights.DisputeRate), d.DisputeRate),
            Read(nameof(ScoreWeights.DaysToPayment), d.DaysToPayment),
            Read(nameof(ScoreWeights.ServiceLevelBreaches), d.ServiceLevelBreaches));
    }
}
