using Claims.Contracts.Model;

namespace Claims.Contracts.Loading;

/// <summary>Which field of a contract a set-level problem points at.</summary>
internal enum SetField
{
    Number,
    Effective,
}

/// <summary>A rule broken by the set as a whole, reported at one contract (the later one in load order).</summary>
internal sealed record SetProblem(int ContractIndex, SetField Field, string Message);

/// <summary>
/// Rules across a set of contracts: numbers are unique, and one carrier never has two contracts in force on the
/// same day (so the contract for a shipping date is never ambiguous).
/// </summary>
internal static class SetRules
{
    public static IEnumerable<SetProblem> Check(IReadOnlyList<Contract> contracts)
    {
        // Numbers differing only in case would be one contract to anyone reading a claim packet.
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < contracts.Count; i++)
        {
            var c = contracts[i];
            if (numbers.TryGetValue(c.Number, out var first))
                yield return new SetProblem(i, SetField.Number,
                    $"contract number {c.Number} is already used by {contracts[first].SourceFile}; numbers must be unique in the set");
            else
                numbers[c.Number] = i;
        }

        for (var j = 0; j < contracts.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (contracts[i], contracts[j]);
                if (!string.Equals(a.CarrierCode, b.CarrierCode, StringComparison.OrdinalIgnoreCase) || !Overlap(a, b))
                    continue;
                yield return new SetProblem(j, SetField.Effective,
                    $"contract {b.Number} ({Range(b)}) overlaps contract {a.Number} ({Range(a)}) in {a.SourceFile} for carrier " +
                    $"{b.CarrierCode}; a carrier can have only one contract in force on any day");
            }
        }
    }

    private static bool Overlap(Contract a, Contract b) =>
        a.Effective <= (b.Expires ?? DateOnly.MaxValue) && b.Effective <= (a.Expires ?? DateOnly.MaxValue);

    internal static string Range(Contract c) =>
        $"{c.Effective:yyyy-MM-dd} – {(c.Expires is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open-ended")}";
}
