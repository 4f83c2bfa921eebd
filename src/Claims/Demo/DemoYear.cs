using Claims.Contracts;
using Claims.Contracts.Model;
using Claims.Contracts.Volumes;
using Claims.Register;

namespace Claims.Demo;

/// <summary>
/// The months to fill, drawn in advance from one seeded random source: parcels and freight per carrier and month,
/// incidents at each carrier's own rates, and each claim's story. Same seed and same today: the same year.
/// </summary>
internal sealed class DemoYear
{
    // 618 in June, Double 11 in November, Double 12 and the run-up to the Spring Festival; February's holiday lull.
    private static readonly decimal[] Season = [1.05m, 0.70m, 0.95m, 0.95m, 1.00m, 1.25m, 0.95m, 0.95m, 1.00m, 1.05m, 1.60m, 1.20m];

    private readonly Random random;
    private readonly Dictionary<string, long> sequence = [];

    public DemoYear(Random random, ContractSet set, IReadOnlyList<CarrierProfile> carriers, DateOnly from, DateOnly today, int parcelsPerMonth, int months)
    {
        this.random = random;
        Stories = new ClaimStories(random, today);
        var faker = new IncidentFaker(random);
        for (var m = 0; m < months; m++)
        {
            var first = from.AddMonths(m);
            var last = Min(first.AddMonths(1).AddDays(-1), today);
            // The month so far, when it is the current one.
            var elapsed = (decimal)(last.DayNumber - first.DayNumber + 1) / (first.AddMonths(1).DayNumber - first.DayNumber);
            var progress = months == 1 ? 1.0 : (double)m / (months - 1);
            var shares = carriers.Select(c => c.ShareAt(progress)).ToList();
            var total = shares.Sum();
            for (var i = 0; i < carriers.Count; i++)
            {
                var carrier = carriers[i];
                var parcels = (long)Math.Round(parcelsPerMonth * Season[first.Month - 1] * elapsed * shares[i] / total
                    * (0.95m + (decimal)random.NextDouble() * 0.1m));
                var freight = Math.Round(parcels * carrier.Freight * (0.97m + (decimal)random.NextDouble() * 0.06m), 2);
                var recordOn = last == today ? today : Min(last.AddDays(random.Next(1, 4)), today);
                Volumes.Add((recordOn, new VolumeRow(0, carrier.Code, first.Year, first.Month, parcels, freight, null)));
                Parcels += parcels;
                for (var t = 0; t < CarrierProfile.Types.Length; t++)
                {
                    var expected = parcels * CarrierProfile.BaseRatePer10k[t] * carrier.RateMultiplier[t] / 10_000;
                    for (var n = Poisson(expected); n > 0; n--)
                        Incident(set, faker, carrier, CarrierProfile.Types[t], first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1)), today);
                }
            }
        }
    }

    public List<(DateOnly On, VolumeRow Row)> Volumes { get; } = [];

    public ClaimStories Stories { get; }

    public long Parcels { get; private set; }

    private void Incident(ContractSet set, IncidentFaker faker, CarrierProfile carrier, IncidentType type, DateOnly on, DateOnly today)
    {
        var n = sequence[carrier.Code] = sequence.GetValueOrDefault(carrier.Code) + 1;
        var incident = faker.Next(carrier, type, on, carrier.Waybill(random, n));
        var reportedOn = Min(on.AddDays(random.NextDouble() < 0.8 ? random.Next(0, 2) : random.Next(2, 5)), today);
        var assessment = set.Assess(incident, withTrace: false);
        Stories.Write(carrier, incident, ContractRegistry.TermsFor(set, assessment.ContractNumber), reportedOn,
            manual: assessment.Status != AssessmentStatus.Assessed || assessment.Amount is null);
    }

    private int Poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(lambda + Math.Sqrt(lambda) * normal));
        }
        var limit = Math.Exp(-lambda);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            k++;
        return k;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
