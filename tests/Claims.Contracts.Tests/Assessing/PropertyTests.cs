using System.Globalization;
using Claims.Contracts.Assessing;
using Claims.Contracts.Currencies;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

/// <summary>Properties over many random contracts and incidents (seeded, so a failure can be replayed).</summary>
public class PropertyTests
{
    private static readonly string[] Pays =
    [
        "min(goodsValue, {0} * freight)", "claimedAmount - {0}", "declaredValue / goodsValue * claimedAmount",
        "max({0}, weightKg * 8.33 * sdr)", "round(goodsValue * {0}, 3)", "-goodsValue", "if(daysLate > 2, freight * {0}, 0)",
        "goodsValue * {0} / 7", "{0}", "freight * daysLate * {0} - declaredValue",
    ];

    private static readonly string[] Currencies = ["CNY", "USD", "JPY", "KRW", "KWD", "BHD", "CLF"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void an_amount_is_never_negative_never_above_the_cap_and_has_the_currency_decimals(int seed)
    {
        var random = new Random(seed);
        var assessed = 0;
        for (var contract = 0; contract < 40; contract++)
        {
            var currency = Currencies[random.Next(Currencies.Length)];
            var decimals = Iso4217.DecimalsOf(currency);
            var clauses = Enum.GetValues<IncidentType>().Select((type, i) => RandomClause(random, type, i, decimals)).ToList();
            var set = ContractYaml.Set(string.Join("\n", clauses.Select(c => c.Yaml)), currency, "constants:\n  sdr: 9.65");
            for (var n = 0; n < 250; n++)
            {
                var incident = RandomIncident(random);
                var a = set.Assess(incident);
                if (a.Status != AssessmentStatus.Assessed)
                    continue;
                assessed++;
                var cap = clauses[(int)incident.Type].Cap;
                var amount = a.Amount!.Value;
                Assert.True(amount >= 0, $"negative {amount} for {incident}");
                Assert.True(cap is null || amount <= cap, $"{amount} above the cap {cap} for {incident}");
                Assert.Equal(decimals, amount.Scale);
                Assert.EndsWith(" = " + Money.Format(amount, decimals), a.Trace, StringComparison.Ordinal);
            }
        }
        Assert.True(assessed > 5000, $"only {assessed} incidents were assessed");
    }

    private static (string Yaml, decimal? Cap) RandomClause(Random random, IncidentType type, int index, int decimals)
    {
        var pay = string.Format(CultureInfo.InvariantCulture, Pays[random.Next(Pays.Length)], Amount(random, 0, 20, 2));
        // Caps and minimums are written in the currency's unit, as a contract would; the minimum stays under the cap.
        decimal? cap = random.Next(3) == 0 ? null : Amount(random, 0, 5000, decimals);
        decimal? minimum = random.Next(3) == 0 ? null : Amount(random, 0, cap ?? 100, decimals);
        var yaml = ContractYaml.Clause(IncidentTypeNames.Name(type), pay, id: $"{index + 1}.1",
            cap: cap?.ToString(CultureInfo.InvariantCulture), minimum: minimum?.ToString(CultureInfo.InvariantCulture));
        return (yaml, cap);
    }

    private static Incident RandomIncident(Random random) => Incidents.Of(
        (IncidentType)random.Next(8),
        goodsValue: Amount(random, 0, 3000, 2),
        declaredValue: random.Next(2) == 0 ? 0 : Amount(random, 0, 3000, 2),
        freight: Amount(random, 0, 60, 2),
        claimedAmount: random.Next(2) == 0 ? null : Amount(random, 0, 3000, 3),
        weightKg: Amount(random, 0, 30, 3),
        daysLate: random.Next(0, 10));

    private static decimal Amount(Random random, decimal low, decimal high, int decimals)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        var steps = (long)((high - low) * scale);
        return low + random.NextInt64(0, Math.Max(steps, 1) + 1) / scale;
    }
}
