using System.Globalization;
using Claims.Contracts.Currencies;
using Claims.Managers;

namespace Claims.Cli.Managers;

/// <summary>A reallocation proposal as `claims reallocate` prints it: shares as fractions to 4 places, changes per month.</summary>
public static class ReallocateRows
{
    public static Dictionary<string, object?> Json(ReallocationProposal p) => new()
    {
        ["month"] = p.Month.ToString(),
        ["currency"] = p.Currency,
        ["shares"] = p.Shares.Select(s => new Dictionary<string, object?>
        {
            ["carrier"] = s.Carrier, ["carrierName"] = s.CarrierName, ["current"] = s.Current, ["proposed"] = s.Proposed,
            ["reason"] = s.Reason, ["reasonZh"] = s.ReasonZh,
        }).ToList(),
        ["expectedIncidentsChange"] = p.ExpectedIncidentsChange,
        ["expectedUnrecoveredLossChange"] = p.ExpectedUnrecoveredLossChange,
        ["notes"] = p.Notes,
        ["notesZh"] = p.NotesZh,
    };

    public static async Task TableAsync(ReallocationProposal p, TextWriter output)
    {
        await output.WriteLineAsync($"Volume shares proposed for {p.Month} ({p.Currency}; 运量调整建议)");
        await output.WriteLineAsync(string.Join("  ", "carrier ", Pad("name", 20), "current", "proposed", "change", "reason"));
        foreach (var s in p.Shares)
        {
            await output.WriteLineAsync(string.Join("  ", $"{s.Carrier,-8}", Pad(s.CarrierName, 20), $"{Percent(s.Current),7}",
                $"{Percent(s.Proposed),8}", $"{Points(s.Proposed - s.Current),6}", s.Reason));
        }
        var money = "#,0." + new string('0', Iso4217.DecimalsOf(p.Currency));
        await output.WriteLineAsync($"Expected change per month: {Signed(p.ExpectedIncidentsChange, "#,0.0")} incidents, " +
            $"{Signed(p.ExpectedUnrecoveredLossChange, money)} {p.Currency} unrecovered loss");
        foreach (var note in p.Notes)
            await output.WriteLineAsync($"  {note}");
    }

    // Chinese characters take two columns on a terminal: pad by what the eye sees, not by characters.
    private static string Pad(string text, int width) =>
        text + new string(' ', Math.Max(0, width - text.Sum(ch => ch >= '\u1100' ? 2 : 1)));

    private static string Percent(decimal share) => (share * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Points(decimal change) => (change * 100m).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string Signed(decimal value, string format) =>
        value.ToString($"+{format};-{format};{format}", CultureInfo.InvariantCulture);
}
