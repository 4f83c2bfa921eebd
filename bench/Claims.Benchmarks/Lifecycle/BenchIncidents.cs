using System.Globalization;
using System.Text;
using Claims.Benchmarks.Assess;
using Claims.Contracts.Model;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>The assess benchmark's seeded incident mix, moved into the past (an import refuses future dates) and
/// given waybills unique to one run, written as the incident CSV of CONTRACT-FORMAT.md.</summary>
internal static class BenchIncidents
{
    public static IEnumerable<Incident> Generate(int count, string waybillPrefix, DateOnly today)
    {
        // Generated in slices so that a million incidents are never all in memory at once.
        const int Slice = 50_000;
        for (var start = 0; start < count; start += Slice)
        {
            foreach (var (incident, i) in IncidentGenerator.Generate(Math.Min(Slice, count - start), seed: 20260101 + start / Slice).Select((x, i) => (x, i)))
            {
                var shift = incident.IncidentOn > today ? incident.IncidentOn.DayNumber - today.DayNumber + 30 : 0;
                yield return incident with
                {
                    Waybill = $"{waybillPrefix}{start + i:D8}",
                    ShippedOn = incident.ShippedOn.AddDays(-shift),
                    IncidentOn = incident.IncidentOn.AddDays(-shift),
                };
            }
        }
    }

    public static void WriteCsv(string path, IEnumerable<Incident> incidents)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note");
        foreach (var x in incidents)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{x.Waybill},{x.CarrierCode},{IncidentTypeNames.Name(x.Type)},{DirectionNames.Name(x.Direction)},{x.ShippedOn:yyyy-MM-dd},{x.IncidentOn:yyyy-MM-dd}," +
                $"{x.GoodsValue},{x.DeclaredValue},{x.Freight},{x.ClaimedAmount},{x.WeightKg},{x.DaysLate},TB{x.Waybill[^8..]},客户投诉"));
        }
    }
}
