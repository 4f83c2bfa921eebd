using System.Globalization;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;

namespace Claims.Contracts.Listing;

/// <summary>The readable summary `claims contracts check` prints: each contract, its terms and its clauses.</summary>
public static class ContractListing
{
    public static void Write(TextWriter output, ContractSet set)
    {
        foreach (var c in set.Contracts)
        {
            output.WriteLine($"{c.Number}  {c.CarrierCode} {c.CarrierName}  {SetRules.Range(c)}  {c.Currency}"
                + (c.Document is null ? "" : $"  {c.Document}"));
            output.WriteLine($"  file: {c.SourceFile}");
            if (Terms(c) is { Length: > 0 } terms)
                output.WriteLine($"  terms: {terms}");
            if (c.Constants.Count > 0)
                output.WriteLine($"  constants: {string.Join(", ", c.Constants.Select(k => $"{k.Key} = {Number(k.Value)}"))}");
            TextTable.Write(output, "  ", ["clause", "page", "incident", "title", "when", "pay", "cap", "minimum"],
                [.. c.Clauses.Select(k => (IReadOnlyList<string>)
                [
                    k.Id, Number(k.Page), IncidentTypeNames.Name(k.Incident), k.Title, k.When ?? "always", k.Pay,
                    k.Cap is { } cap ? Number(cap) : "", k.Minimum is { } min ? Number(min) : "",
                ])]);
            if (c.ServiceLevels.Count > 0)
            {
                output.WriteLine();
                TextTable.Write(output, "  ", ["level", "page", "metric", "above", "title", "pay", "cap", "minimum"],
                    [.. c.ServiceLevels.Select(s => (IReadOnlyList<string>)
                    [
                        s.Id, Number(s.Page), ServiceLevelMetricNames.Name(s.Metric), Number(s.Threshold), s.Title, s.Pay,
                        s.Cap is { } cap ? Number(cap) : "", s.Minimum is { } min ? Number(min) : "",
                    ])]);
            }
            output.WriteLine();
        }
        var clauses = set.Contracts.Sum(c => c.Clauses.Count);
        var levels = set.Contracts.Sum(c => c.ServiceLevels.Count);
        output.WriteLine($"{set.Contracts.Count} contract(s), {clauses} clause(s), {levels} service level(s): the set is valid.");
    }

    private static string Terms(Contract c)
    {
        var parts = new List<string>();
        if (c.Deposit is { } d)
            parts.Add($"deposit {Number(d.Amount)}"
                + (d.MinimumBalance is { } min ? $", top-up below {Number(min)}" : "")
                + (d.TopUpWithinDays is { } days ? $" within {days} days" : ""));
        var t = c.Deadlines;
        if (t.FileWithinDays is { } fd)
            parts.Add($"file within {fd} days");
        if (t.FileWithinMonths is { } fm)
            parts.Add($"file within {fm} months");
        if (t.RespondWithinDays is { } rd)
            parts.Add($"answer within {rd} days" + (t.DeemedAcceptedOnSilence ? " (silence = accepted)" : ""));
        if (t.PayWithinDays is { } pd)
            parts.Add($"pay within {pd} days" + (t.DeductFromDepositWhenOverdue ? " (overdue = deducted from deposit)" : ""));
        if (t.OneClaimPerShipment)
            parts.Add("one claim per shipment and direction");
        return string.Join("; ", parts);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
