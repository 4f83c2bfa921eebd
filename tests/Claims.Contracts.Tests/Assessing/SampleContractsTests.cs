using System.Runtime.CompilerServices;
using System.Text.Json;
using Claims.Contracts.Assessing;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Loading;

namespace Claims.Contracts.Tests.Assessing;

/// <summary>contracts-samples/ is what a new user tries first: the contracts load and every sample incident assesses.</summary>
public class SampleContractsTests
{
    private static string Samples([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "contracts-samples"));

    [Fact]
    public void the_sample_contracts_load_as_one_set_with_six_carriers()
    {
        var result = ContractLoader.LoadFolder(Samples());
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.True(result.Set!.Contracts.Select(c => c.CarrierCode).Distinct().Count() >= 6);
    }

    [Theory]
    [InlineData("incidents.csv")]
    [InlineData("incidents-gbk.csv")]
    public void no_sample_incident_is_invalid_and_each_amount_has_its_trace(string file)
    {
        var set = ContractLoader.LoadFolder(Samples()).Set!;
        var rows = IncidentFileReader.Read(Path.Combine(Samples(), file), set.ResolveCarrier)
            .Select(r => r.Incident is { } i ? new AssessmentRow(r.Line, r.Waybill, r.Carrier, set.Assess(i), null) : AssessmentRow.Invalid(r.Line, r.Waybill, r.Carrier, r.Error!))
            .ToList();
        var output = new StringWriter();
        AssessmentOutput.WriteJson(output, rows, new DateOnly(2026, 6, 30));

        using var json = JsonDocument.Parse(output.ToString());
        Assert.NotEmpty(rows);
        Assert.Contains(json.RootElement.EnumerateArray(), row => row.GetProperty("status").GetString() == "assessed");
        foreach (var row in json.RootElement.EnumerateArray())
        {
            Assert.NotEqual("invalid", row.GetProperty("status").GetString());
            if (row.GetProperty("status").GetString() != "assessed")
                continue;
            Assert.Matches(@"^\d+\.\d\d$", row.GetProperty("amount").GetString());       // CNY and USD: two decimals
            Assert.EndsWith(" = " + row.GetProperty("amount").GetString(), row.GetProperty("trace").GetString(), StringComparison.Ordinal);
        }
    }
}
