using Claims.Contracts.Model;

namespace Claims.Demo;

/// <summary>How the carriers of the sample contracts behave in the demo: their share of the shop's parcels, how often
/// each kind of incident happens to them, and how they answer and pay. YTO is the one a manager should move volume from.</summary>
internal sealed record CarrierProfile(
    string Code,
    decimal ShareFirst,
    decimal ShareLast,
    decimal Freight,
    decimal GoodsMedian,
    double InsuredShare,
    double[] RateMultiplier,
    double Accept,
    double Counter,
    double Dispute,
    double PayFull,
    double PayPartial,
    int AnswerDaysMax,
    bool LodgesOnlyMinimum,
    Func<Random, long, string> Waybill)
{
    /// <summary>Incidents per 10,000 parcels by type (Lost, Damaged, Misdelivered, Late, NotDeliveredToDoor,
    /// CourierMisconduct, FalseDeliveryScan, Other) for an average domestic carrier.</summary>
    public static readonly double[] BaseRatePer10k = [2.0, 4.0, 1.5, 5.0, 2.5, 0.4, 1.0, 0.6];

    public static readonly IReadOnlyList<CarrierProfile> All =
    [
        new("ZTO", 0.31m, 0.33m, 5.2m, 160m, 0.10, [1.0, 1.1, 1.2, 1.0, 1.3, 1.0, 1.1, 1.0],
            0.60, 0.15, 0.12, 0.72, 0.14, 5, false, (r, n) => $"7{Digits(r, n, 13)}"),
        new("YTO", 0.26m, 0.17m, 4.8m, 150m, 0.08, [2.3, 2.0, 2.5, 1.8, 2.4, 2.8, 3.0, 1.5],
            0.40, 0.15, 0.25, 0.40, 0.20, 5, true, (r, n) => $"YT{Digits(r, n, 13)}"),
        new("CAINIAO", 0.16m, 0.16m, 6.4m, 170m, 0.10, [0.9, 1.0, 0.8, 1.4, 1.0, 0.8, 0.9, 1.0],
            0.65, 0.12, 0.10, 0.75, 0.12, 3, false, (r, n) => $"LP00{Digits(r, n, 12)}"),
        new("SF", 0.12m, 0.15m, 14.2m, 420m, 0.35, [0.4, 0.6, 0.5, 0.3, 0.3, 0.3, 0.3, 0.5],
            0.80, 0.08, 0.07, 0.90, 0.05, 4, false, (r, n) => $"SF{Digits(r, n, 13)}"),
        new("JD", 0.09m, 0.12m, 9.6m, 380m, 0.30, [0.5, 0.7, 0.4, 0.4, 0.2, 0.3, 0.2, 0.5],
            0.78, 0.10, 0.07, 0.88, 0.07, 6, false, (r, n) => $"JDVA{Digits(r, n, 11)}"),
        new("FDX", 0.06m, 0.07m, 27.8m, 65m, 0.40, [1.0, 1.2, 0.3, 2.0, 0.2, 0.1, 0.1, 0.5],
            0.70, 0.10, 0.15, 0.85, 0.10, 20, false, (r, n) => Digits(r, n, 12)),
    ];

    public static IncidentType[] Types { get; } = Enum.GetValues<IncidentType>();

    /// <summary>The carrier's share of the month's parcels: it drifts over the year as the shop moves volume.</summary>
    public decimal ShareAt(double progress) => ShareFirst + (ShareLast - ShareFirst) * (decimal)progress;

    // Unique per carrier (the sequence number is part of it), random-looking like a real waybill number.
    private static string Digits(Random random, long sequence, int length)
    {
        var tail = (sequence * 7919 + random.Next(0, 7919)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var head = random.NextInt64(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return head + tail.PadLeft(length - 1, '0');
    }
}
