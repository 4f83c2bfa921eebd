using Claims.Contracts.Model;

namespace Claims.Benchmarks.Assess;

/// <summary>Seeded incidents resembling a shop's mix: mostly 2026 shipments, every carrier and incident type.</summary>
internal static class IncidentGenerator
{
    private static readonly (string Carrier, int Weight)[] Carriers =
        [("ZTO", 30), ("SF", 20), ("YTO", 15), ("JD", 15), ("CAINIAO", 15), ("FDX", 5)];

    private static readonly (IncidentType Type, int Weight)[] Types =
    [
        (IncidentType.Lost, 25), (IncidentType.Damaged, 30), (IncidentType.Misdelivered, 10), (IncidentType.Late, 20),
        (IncidentType.NotDeliveredToDoor, 5), (IncidentType.CourierMisconduct, 4), (IncidentType.FalseDeliveryScan, 3), (IncidentType.Other, 3),
    ];

    public static Incident[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var incidents = new Incident[count];
        var firstDay = new DateOnly(2025, 11, 1);
        for (var i = 0; i < count; i++)
        {
            var shipped = firstDay.AddDays(random.Next(0, 426)); // 2025-11-01 .. 2026-12-31: some before most contracts
            var goods = Money(random, 10, 3000);
            var declared = random.Next(10) < 3 ? (random.Next(2) == 0 ? goods : Money(random, 10, 3000)) : 0m;
            incidents[i] = new Incident(
                $"W{i:D9}",
                Pick(random, Carriers),
                Pick(random, Types),
                random.Next(10) == 0 ? Direction.Return : Direction.Forward,
                shipped,
                shipped.AddDays(random.Next(0, 10)),
                goods,
                declared,
                Money(random, 5, 30),
                random.Next(10) < 4 ? Money(random, 1, 3000) : null,
                random.Next(20, 2000) / 100m,
                random.Next(0, 7));
        }
        return incidents;
    }

    private static decimal Money(Random random, int low, int high) => random.Next(low * 100, high * 100) / 100m;

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
                return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
