using System.Text.Json;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Loading;

public class LoaderTests
{
    [Fact]
    public void scalars_are_read_as_written_not_as_yaml_types()
    {
        var set = ContractYaml.Set("""
              - id: 7.10
                page: 4
                title: 赔付为零
                incident: lost
                when: true
                pay: 0
            """);
        var clause = Assert.Single(set.Contracts[0].Clauses);
        Assert.Equal(("7.10", "true", "0"), (clause.Id, clause.When, clause.Pay));
    }

    [Fact]
    public void every_part_of_the_file_reaches_the_model()
    {
        var text = Base.Yaml.Replace("  currency: CNY\n", "  currency: CNY\n  document: ZTO-SH-2026-017.pdf\n", StringComparison.Ordinal)
            .Replace("deadlines:\n  fileWithinDays: 30\n", """
                constants:
                  sdr: 9.65
                deposit:
                  amount: 50000
                  minimumBalance: 20000
                  topUpWithinDays: 7
                deadlines:
                  fileWithinMonths: 9
                  respondWithinDays: 7
                  deemedAcceptedOnSilence: true
                  payWithinDays: 15
                  deductFromDepositWhenOverdue: true
                  oneClaimPerShipment: true

                """, StringComparison.Ordinal)
            + LoaderErrorTests.ServiceLevelYaml;
        var c = ContractFolder.LoadValid(("zto.yaml", text)).Contracts[0];
        Assert.Equal(("ZTO", "中通快递", "ZTO-SH-2026-017", "CNY", "ZTO-SH-2026-017.pdf"), (c.CarrierCode, c.CarrierName, c.Number, c.Currency, c.Document));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (c.Effective, c.Expires!.Value));
        Assert.Equal(9.65m, c.Constants["sdr"]);
        Assert.Equal(new DepositTerms(50000m, 20000m, 7), c.Deposit);
        Assert.Equal(new Deadlines(null, 9, 7, true, 15, true, true), c.Deadlines);
        Assert.Equal(new Clause("7.2", 4, "未保价快件丢失", IncidentType.Lost, "declaredValue == 0", "min(goodsValue, 3 * freight)", 1000m, null), c.Clauses[0]);
        Assert.Equal(new ServiceLevel("9.1", 6, "月度丢件率", ServiceLevelMetric.LostPer10k, 3m, "monthlyFreight * 0.01 * ceil(metricValue - threshold)", 20000m, null), c.ServiceLevels[0]);
        Assert.Equal(ContractLoader.Sha256(text), c.Sha256);
        Assert.EndsWith("zto.yaml", c.SourceFile, StringComparison.Ordinal);
    }

    [Fact]
    public void an_empty_service_level_list_means_none() =>
        Assert.Empty(ContractFolder.LoadValid(("zto.yaml", Base.Yaml + "serviceLevels: []\n")).Contracts[0].ServiceLevels);

    [Fact]
    public void yaml_and_yml_files_load_sorted_by_name_and_other_files_are_ignored()
    {
        using var folder = new ContractFolder(
            ("b.yml", Base.Second(number: "B-1", code: "YTO")), ("a.yaml", Base.Yaml), ("notes.txt", "not a contract"));
        var set = folder.Load().Set!;
        Assert.Equal(["ZTO-SH-2026-017", "B-1"], set.Contracts.Select(c => c.Number));
    }

    [Fact]
    public void a_changed_file_has_a_new_sha256_and_an_unchanged_one_keeps_it()
    {
        var first = ContractFolder.LoadValid(("zto.yaml", Base.Yaml)).Contracts[0].Sha256;
        var again = ContractFolder.LoadValid(("zto.yaml", Base.Yaml)).Contracts[0].Sha256;
        var changed = ContractFolder.LoadValid(("zto.yaml", Base.With("    cap: 1000", "    cap: 1200"))).Contracts[0].Sha256;
        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void a_byte_order_mark_is_ignored()
    {
        using var folder = new ContractFolder();
        File.WriteAllText(folder.File("zto.yaml"), Base.Yaml, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.True(folder.Load().Succeeded);
    }

    [Fact]
    public void a_contract_stored_as_json_rebuilds_a_set_that_assesses_the_same()
    {
        var loaded = ContractFolder.LoadValid(("zto.yaml", Base.Yaml));
        var json = JsonSerializer.Serialize(loaded.Contracts[0]);
        var stored = JsonSerializer.Deserialize<Contract>(json)!;
        var rebuilt = ContractSet.Create([stored]);
        var incident = Incidents.Of(goodsValue: 500m, freight: 12m);
        Assert.Equal(loaded.Assess(incident), rebuilt.Assess(incident));
        Assert.Equal(loaded.Contracts[0].Sha256, stored.Sha256);
    }

    [Fact]
    public void rebuilding_a_set_with_overlapping_contracts_is_refused()
    {
        var contract = ContractFolder.LoadValid(("zto.yaml", Base.Yaml)).Contracts[0];
        var error = Assert.Throws<ArgumentException>(() => ContractSet.Create([contract, contract with { Number = "ZTO-2" }]));
        Assert.Contains("overlaps", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ZTO", "ZTO")]
    [InlineData("zto", "ZTO")]          // codes in any case
    [InlineData(" ZTO ", "ZTO")]
    [InlineData("中通快递", "ZTO")]      // or the exact name
    [InlineData("中通", "ZTO")]          // or the short name people use: the start of one carrier's name
    [InlineData("中", null)]             // one character is no name
    [InlineData("SF", null)]
    public void a_carrier_is_found_by_code_in_any_case_or_by_name_or_short_name(string written, string? code) =>
        Assert.Equal(code, ContractFolder.LoadValid(("zto.yaml", Base.Yaml)).ResolveCarrier(written));
}
