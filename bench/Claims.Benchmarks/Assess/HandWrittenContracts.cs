using System.Globalization;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;

namespace Claims.Benchmarks.Assess;

/// <summary>
/// The baseline: the clauses of contracts-samples/ written out by hand in C#, with the same lookups, rounding and
/// results as the engine. If a sample contract changes, this must change too (the benchmark checks they agree).
/// </summary>
internal sealed class HandWrittenContracts
{
    private readonly Dictionary<string, Contract[]> byCarrier;

    public HandWrittenContracts(IReadOnlyList<Contract> contracts) =>
        byCarrier = contracts.GroupBy(c => c.CarrierCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Effective).ToArray(), StringComparer.OrdinalIgnoreCase);

    public Assessment Assess(Incident i)
    {
        Contract? contract = null;
        if (byCarrier.TryGetValue(i.CarrierCode, out var candidates))
        {
            foreach (var c in candidates)
            {
                if (i.ShippedOn >= c.Effective && (c.Expires is not { } end || i.ShippedOn <= end))
                {
                    contract = c;
                    break;
                }
            }
        }
        if (contract is null)
            return new Assessment(AssessmentStatus.Manual, null, null, null, null, null, null, null,
                $"no contract in force for {i.CarrierCode} on {i.ShippedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", null);

        var fileBy = contract.FileBy(i.IncidentOn);
        var (clause, pay) = contract.Number switch
        {
            "ZTO-SH-2026-017" => Zto2026(i),
            "ZTO-SH-2025-009" => Zto2025(i),
            "SF-SZ-2026-003" => Sf(i),
            "YTO-HZ-2026-021" => Yto(i),
            "JD-BJ-2026-008" => Jd(i),
            "CAINIAO-HZ-2026-005" => Cainiao(i),
            "FDX-INT-2026-002" => Fedex(i),
            _ => throw new InvalidOperationException($"no hand-written clauses for {contract.Number}"),
        };
        if (clause < 0)
            return new Assessment(AssessmentStatus.Manual, contract.Number, null, null, null, null, contract.Currency, fileBy,
                $"no clause of {contract.Number} covers {IncidentTypeNames.Name(i.Type)}", null);

        var c2 = contract.Clauses[clause];
        var amount = pay;
        if (c2.Cap is { } cap && amount > cap)
            amount = cap;
        if (c2.Minimum is { } min && amount < min)
            amount = min;
        if (amount < 0)
            amount = 0;
        amount = Money.Round(amount, contract.Currency == "JPY" ? 0 : 2);
        return new Assessment(AssessmentStatus.Assessed, contract.Number, c2.Id, c2.Page, c2.Title, amount, contract.Currency, fileBy, null, null);
    }

    private static decimal Claimed(Incident i) => i.ClaimedAmount ?? i.GoodsValue;

    private static (int, decimal) Insured(Incident i) =>
        (0, i.GoodsValue > 0 ? Math.Min(i.DeclaredValue, i.GoodsValue) : i.DeclaredValue);

    // Clause indexes are positions in the file: ZTO 2026 = 4.1, 4.2, 4.3, 4.4, 5.2, 6.1, 8.2, 8.3, 8.4.
    private static (int, decimal) Zto2026(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Lost => (2, Math.Min(i.GoodsValue, 3 * i.Freight)),
            IncidentType.Damaged when i.DeclaredValue > 0 && i.GoodsValue > 0 => (1, Math.Min(claimed, i.DeclaredValue / i.GoodsValue * claimed)),
            IncidentType.Damaged => (3, Math.Min(claimed, 3 * i.Freight)),
            IncidentType.Misdelivered => (4, Math.Min(claimed, 3 * i.Freight) + 30),
            IncidentType.Late when i.DaysLate >= 1 => (5, i.Freight),
            IncidentType.NotDeliveredToDoor => (6, 30),
            IncidentType.CourierMisconduct => (7, 300),
            IncidentType.FalseDeliveryScan => (8, 200),
            _ => (-1, 0),
        };
    }

    // ZTO 2025 = 3.1, 3.2, 3.3, 3.4, 4.2, 5.1, 7.2, 7.3, 7.4.
    private static (int, decimal) Zto2025(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Lost => (2, Math.Min(i.GoodsValue, 3 * i.Freight)),
            IncidentType.Damaged when i.DeclaredValue > 0 && i.GoodsValue > 0 => (1, Math.Min(claimed, i.DeclaredValue / i.GoodsValue * claimed)),
            IncidentType.Damaged => (3, Math.Min(claimed, 3 * i.Freight)),
            IncidentType.Misdelivered => (4, Math.Min(claimed, 3 * i.Freight)),
            IncidentType.Late when i.DaysLate >= 1 => (5, i.Freight),
            IncidentType.NotDeliveredToDoor => (6, 20),
            IncidentType.CourierMisconduct => (7, 200),
            IncidentType.FalseDeliveryScan => (8, 100),
            _ => (-1, 0),
        };
    }

    // SF = 5.1, 5.2, 5.3, 5.4, 5.5, 6.2, 7.1, 9.3, 9.4, 9.5, 9.6.
    private static (int, decimal) Sf(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Lost => (3, Math.Min(i.GoodsValue, 7 * i.Freight)),
            IncidentType.Damaged when i.DeclaredValue > 0 && i.GoodsValue > 0 => (1, Math.Min(claimed, i.DeclaredValue / i.GoodsValue * claimed)),
            IncidentType.Damaged when i.DeclaredValue > 0 => (2, Math.Min(claimed, i.DeclaredValue)),
            IncidentType.Damaged => (4, Math.Min(claimed, 7 * i.Freight)),
            IncidentType.Misdelivered => (5, Math.Min(claimed, 7 * i.Freight)),
            IncidentType.Late when i.DaysLate >= 1 => (6, i.Freight),
            IncidentType.NotDeliveredToDoor => (7, 20),
            IncidentType.CourierMisconduct => (8, 200),
            IncidentType.FalseDeliveryScan => (9, i.Freight + 100),
            IncidentType.Other => (10, Math.Min(claimed, 7 * i.Freight)),
            _ => (-1, 0),
        };
    }

    // YTO = 3.1, 3.2, 3.3, 3.4, 4.1, 5.1, 7.1, 7.2, 7.3.
    private static (int, decimal) Yto(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Lost => (2, Math.Min(i.GoodsValue, 3 * i.Freight)),
            IncidentType.Damaged when i.DeclaredValue > 0 && i.GoodsValue > 0 => (1, Math.Min(claimed, i.DeclaredValue / i.GoodsValue * claimed)),
            IncidentType.Damaged => (3, Math.Min(claimed, 3 * i.Freight)),
            IncidentType.Misdelivered => (4, Math.Min(claimed, 3 * i.Freight)),
            IncidentType.Late when i.DaysLate >= 1 => (5, Math.Min(i.Freight, 2 * (decimal)i.DaysLate)),
            IncidentType.FalseDeliveryScan => (6, 150),
            IncidentType.NotDeliveredToDoor => (7, 20),
            IncidentType.CourierMisconduct => (8, 200),
            _ => (-1, 0),
        };
    }

    // JD = 6.1, 6.2, 6.3, 6.4, 6.5, 7.1, 8.1, 8.2.
    private static (int, decimal) Jd(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Lost => (2, Math.Min(i.GoodsValue, 5 * i.Freight)),
            IncidentType.Damaged when i.DeclaredValue > 0 && i.GoodsValue > 0 => (1, Math.Min(claimed, i.DeclaredValue / i.GoodsValue * claimed)),
            IncidentType.Damaged => (3, Math.Min(claimed, 5 * i.Freight)),
            IncidentType.Misdelivered => (4, Math.Min(claimed, 5 * i.Freight)),
            IncidentType.Late when i.DaysLate >= 1 => (5, Math.Min(i.Freight, i.Freight * 0.2m * i.DaysLate)),
            IncidentType.CourierMisconduct => (6, 100),
            IncidentType.NotDeliveredToDoor => (7, 10),
            _ => (-1, 0),
        };
    }

    // Cainiao = 3.1, 3.2, 3.3, 4.1, 5.1, 5.2, 5.3, 5.4.
    private static (int, decimal) Cainiao(Incident i)
    {
        var claimed = Claimed(i);
        return i.Type switch
        {
            IncidentType.Lost => (0, i.GoodsValue),
            IncidentType.Damaged => (1, Math.Min(claimed, i.GoodsValue)),
            IncidentType.Misdelivered => (2, 2 * i.Freight + 10),
            IncidentType.Late when i.DaysLate >= 1 => (3, i.Freight),
            IncidentType.NotDeliveredToDoor => (4, 10),
            IncidentType.CourierMisconduct => (5, 100),
            IncidentType.FalseDeliveryScan => (6, 50),
            IncidentType.Other => (7, claimed),
            _ => (-1, 0),
        };
    }

    // FedEx (USD) = 7.1, 7.2, 7.3, 7.4, 7.5, 8.1; 26 SDR/kg at 1.36 USD per SDR, USD 100 default liability.
    private static (int, decimal) Fedex(Incident i)
    {
        var claimed = Claimed(i);
        var perKg = 26 * 1.36m * i.WeightKg;
        return i.Type switch
        {
            IncidentType.Lost when i.DeclaredValue > 0 => Insured(i),
            IncidentType.Damaged when i.DeclaredValue > 0 => (1, Math.Min(claimed, i.DeclaredValue)),
            IncidentType.Lost => (2, Math.Min(i.GoodsValue, Math.Max(100, perKg))),
            IncidentType.Damaged => (3, Math.Min(claimed, Math.Max(100, perKg))),
            IncidentType.Misdelivered => (4, Math.Min(claimed, Math.Max(Math.Max(100, perKg), i.DeclaredValue))),
            IncidentType.Late when i.DaysLate >= 1 => (5, i.Freight),
            _ => (-1, 0),
        };
    }
}
