using Claims.Contracts.Loading;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Loading;

public class LoaderErrorTests
{
    [Fact]
    public void the_base_file_is_valid() => ContractFolder.LoadValid(("zto.yaml", Base.Yaml));

    [Theory]
    // unknown keys: a typo must not silently drop a clause
    [InlineData("    incident: lost", "    incdent: lost", 15, 5, "unknown key 'incdent' in clause 7.2 — did you mean 'incident'?")]
    [InlineData("    cap: 1000", "    Cap: 1000", 18, 5, "unknown key 'Cap' in clause 7.2 — did you mean 'cap'?")]
    [InlineData("deadlines:", "deadline:", 9, 1, "unknown key 'deadline' in the file — did you mean 'deadlines'?")]
    [InlineData("  fileWithinDays: 30", "  fileWithinDay: 30", 10, 3, "unknown key 'fileWithinDay' in deadlines — did you mean 'fileWithinDays'?")]
    [InlineData("  currency: CNY", "  currency: CNY\n  payWithinDays: 15", 9, 3, "unknown key 'payWithinDays' in contract — it belongs under 'deadlines'")]
    [InlineData("    cap: 1000", "    limit: 1000", 18, 5, "unknown key 'limit' in clause 7.2; the keys here are id, page, title, incident, when, pay, cap, minimum")]
    // missing required fields, at the start of the mapping that lacks them
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"\n", "", 12, 5, "missing required field 'pay' in clause 7.2")]
    [InlineData("  name: 中通快递\n", "", 2, 3, "missing required field 'name' in carrier")]
    [InlineData("  currency: CNY\n", "", 5, 3, "missing required field 'currency' in contract")]
    [InlineData("    page: 4\n", "", 12, 5, "missing required field 'page' in clause 7.2")]
    [InlineData("  - id: \"7.2\"\n    page: 4", "  - page: 4", 12, 5, "missing required field 'id' in clause #1")]
    [InlineData("    title: 未保价快件丢失", "    title:", 14, 5, "'title' in clause 7.2 is empty; it is required")]
    // dates
    [InlineData("  effective: 2026-01-01", "  effective: 2026-02-30", 6, 14, "'effective' is not a valid date: '2026-02-30' (write yyyy-mm-dd, such as 2026-01-31)")]
    [InlineData("  expires: 2026-12-31", "  expires: 2026/12/31", 7, 12, "'expires' is not a valid date: '2026/12/31' (write yyyy-mm-dd, such as 2026-01-31)")]
    [InlineData("  expires: 2026-12-31", "  expires: 2025-12-31", 7, 12, "'expires' 2025-12-31 is before 'effective' 2026-01-01")]
    // currencies: ISO 4217 only
    [InlineData("  currency: CNY", "  currency: RMB", 8, 13, "unknown currency 'RMB' — did you mean 'CNY'? (ISO 4217 codes are three capital letters)")]
    [InlineData("  currency: CNY", "  currency: cny", 8, 13, "unknown currency 'cny' — did you mean 'CNY'? (ISO 4217 codes are three capital letters)")]
    [InlineData("  currency: CNY", "  currency: CNX", 8, 13, "unknown currency 'CNX' — did you mean 'CNY'? (an ISO 4217 code such as CNY, USD, EUR)")]
    [InlineData("  currency: CNY", "  currency: XDR", 8, 13, "currency 'XDR' has no minor unit in ISO 4217, so nothing can be paid in it; give the currency amounts are paid in and convert with a constant")]
    // incident types
    [InlineData("    incident: lost", "    incident: lots", 15, 15, "unknown incident type 'lots' — did you mean 'lost'?")]
    [InlineData("    incident: lost", "    incident: Lost", 15, 15, "unknown incident type 'Lost' — did you mean 'lost'?")]
    [InlineData("    incident: lost", "    incident: stolen", 15, 15, "unknown incident type 'stolen'; the types are lost, damaged, misdelivered, late, notDeliveredToDoor, courierMisconduct, falseDeliveryScan, other")]
    // carrier code: letters, digits and '-', 2 to 16 characters
    [InlineData("  code: ZTO", "  code: Z", 2, 9, "carrier code 'Z' must be 2 to 16 letters, digits or '-'")]
    [InlineData("  code: ZTO", "  code: ZTO_SH", 2, 9, "carrier code 'ZTO_SH' must be 2 to 16 letters, digits or '-'")]
    [InlineData("  code: ZTO", "  code: ZTO-SHANGHAI-NORTH-1", 2, 9, "carrier code 'ZTO-SHANGHAI-NORTH-1' must be 2 to 16 letters, digits or '-'")]
    // deadlines
    [InlineData("  fileWithinDays: 30", "  fileWithinDays: 30\n  fileWithinMonths: 9", 11, 3, "give either fileWithinDays or fileWithinMonths, not both")]
    [InlineData("  fileWithinDays: 30", "  fileWithinDays: 0", 10, 19, "'fileWithinDays' must be 1 or more, not 0")]
    [InlineData("  fileWithinDays: 30", "  fileWithinDays: 30.5", 10, 19, "'fileWithinDays' must be a whole number, not '30.5'")]
    [InlineData("  fileWithinDays: 30", "  fileWithinDays: 30\n  deemedAcceptedOnSilence: yes", 11, 28, "'deemedAcceptedOnSilence' must be true or false, not 'yes'")]
    // numbers that make no sense
    [InlineData("    cap: 1000", "    cap: -5", 18, 10, "'cap' cannot be negative (-5)")]
    [InlineData("    cap: 1000", "    cap: 1,000", 18, 10, "'cap' must be a number, not '1,000' (no thousands separators; '.' for decimals)")]
    [InlineData("    cap: 1000", "    minimum: -1", 18, 14, "'minimum' cannot be negative (-1)")]
    [InlineData("    page: 4", "    page: 0", 13, 11, "'page' must be 1 or more, not 0")]
    [InlineData("    page: 4", "    page: four", 13, 11, "'page' must be a whole number, not 'four'")]
    // expressions: errors point at the offending token inside the file
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"min(goodValue, 3 * freight)\"", 17, 15, "unknown name 'goodValue' — did you mean 'goodsValue'? (in clause 7.2 pay)")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: min(goodsValue, 3 * * freight)", 17, 30, "expected a number, a name or '(' but found '*' (in clause 7.2 pay)")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"min(goodsValue, 3 * freight\"", 17, 38, "missing ')' to close min( (in clause 7.2 pay)")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: 'min(goodsValue, 3 * freigth)'", 17, 31, "unknown name 'freigth' — did you mean 'freight'? (in clause 7.2 pay)")]
    [InlineData("    when: \"declaredValue == 0\"", "    when: \"declaredValue = 0\"", 16, 26, "'=' is not an operator; use '==' to compare (in clause 7.2 when)")]
    [InlineData("    when: \"declaredValue == 0\"", "    when: \"declaredValue\"", 16, 12, "'when' must be a condition (true or false, such as declaredValue == 0), but 'declaredValue' is an amount (in clause 7.2 when)")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"declaredValue == 0\"", 17, 11, "'pay' must be an amount, but 'declaredValue == 0' is a condition (in clause 7.2 pay)")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"\"", 17, 11, "the expression is empty (in clause 7.2 pay)")]
    // lists
    [InlineData("    cap: 1000\n", "    cap: 1000\n  - id: \"7.2\"\n    page: 5\n    title: 重复\n    incident: damaged\n    pay: \"0\"\n", 19, 9, "clause id '7.2' is used twice in this file (first on line 12); ids must be unique")]
    [InlineData("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"min(goodsValue, 3 * freight)\"\n    pay: \"0\"", 18, 5, "'pay' is given twice in clause 7.2 (first on line 17); keep one")]
    public void each_error_names_file_line_column_and_what_is_wrong(string line, string replacement, int row, int column, string message)
    {
        var errors = ContractFolder.Errors(("zto.yaml", Base.With(line, replacement)));
        Assert.True(errors.Contains(new ContractError("zto.yaml", row, column, message)), string.Join("\n", errors));
    }

    [Fact]
    public void an_empty_clause_list_is_an_error()
    {
        var text = Base.Yaml[..Base.Yaml.IndexOf("clauses:", StringComparison.Ordinal)] + "clauses: []\n";
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", text)));
        Assert.Equal(new ContractError("zto.yaml", 11, 10, "'clauses' is empty; list at least one clause"), error);
    }

    [Fact]
    public void a_missing_clause_list_is_an_error()
    {
        var text = Base.Yaml[..Base.Yaml.IndexOf("clauses:", StringComparison.Ordinal)];
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", text)));
        Assert.Equal(new ContractError("zto.yaml", 1, 1, "missing required field 'clauses' in the file"), error);
    }

    [Fact]
    public void a_contract_number_is_unique_across_the_set()
    {
        var errors = ContractFolder.Errors(("a.yaml", Base.Yaml), ("b.yaml", Base.Second(number: "ZTO-SH-2026-017")));
        var error = Assert.Single(errors);
        Assert.Equal(("b.yaml", 5, 11), (error.File, error.Line, error.Column));
        Assert.StartsWith("contract number ZTO-SH-2026-017 is already used by ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("a.yaml; numbers must be unique in the set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", "2027-12-31")]   // the last day of one is the first of the other: both inclusive
    [InlineData("2026-06-01", "2026-06-30")]   // inside
    [InlineData("2025-01-01", null)]           // open-ended runs forever
    public void two_contracts_in_force_on_one_day_for_one_carrier_are_refused(string effective, string? expires)
    {
        var errors = ContractFolder.Errors(("a.yaml", Base.Yaml), ("b.yaml", Base.Second(effective: effective, expires: expires)));
        var error = Assert.Single(errors);
        Assert.Equal(("b.yaml", 6, 14), (error.File, error.Line, error.Column));
        Assert.Contains("overlaps contract ZTO-SH-2026-017 (2026-01-01 – 2026-12-31)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("for carrier ZTO; a carrier can have only one contract in force on any day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void carrier_codes_differing_only_in_case_are_one_carrier()
    {
        var errors = ContractFolder.Errors(("a.yaml", Base.Yaml), ("b.yaml", Base.Second(effective: "2026-05-01", code: "zto")));
        Assert.Contains("overlaps", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void consecutive_contracts_and_other_carriers_may_share_days()
    {
        var set = ContractFolder.LoadValid(
            ("a.yaml", Base.Yaml), ("b.yaml", Base.Second(effective: "2027-01-01", expires: null)),
            ("c.yaml", Base.Second(number: "YTO-1", effective: "2026-01-01", code: "YTO")));
        Assert.Equal(3, set.Contracts.Count);
    }

    [Fact]
    public void every_error_of_the_set_is_reported_together_and_the_set_is_refused()
    {
        using var folder = new ContractFolder(
            ("a.yaml", Base.With("  currency: CNY", "  currency: RMB").Replace("    incident: lost", "    incdent: lost", StringComparison.Ordinal)),
            ("b.yaml", Base.Second().Replace("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"min(goodValue, 3 * freight)\"", StringComparison.Ordinal)),
            ("c.yaml", Base.Second(number: "YTO-1", code: "YTO")));
        var result = folder.Load();
        Assert.Null(result.Set);
        Assert.Equal(
            [("a.yaml", 8), ("a.yaml", 12), ("a.yaml", 15), ("b.yaml", 17)],
            result.Errors.Select(e => (Path.GetFileName(e.File), e.Line)));
    }

    [Fact]
    public void a_yaml_syntax_error_is_reported_with_its_place()
    {
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", Base.With("  code: ZTO", "  code: [ZTO"))));
        Assert.Equal("zto.yaml", error.File);
        Assert.True(error.Line >= 2, error.ToString());
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_error_in_a_folded_expression_points_into_its_second_line()
    {
        var text = Base.With("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: >-\n      min(goodsValue,\n          3 * freigt)");
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", text)));
        Assert.Equal(new ContractError("zto.yaml", 19, 15, "unknown name 'freigt' — did you mean 'freight'? (in clause 7.2 pay)"), error);
    }

    [Fact]
    public void windows_line_ends_give_the_same_lines_and_columns()
    {
        var text = Base.With("    pay: \"min(goodsValue, 3 * freight)\"", "    pay: \"min(goodValue, 3 * freight)\"").Replace("\n", "\r\n", StringComparison.Ordinal);
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", text)));
        Assert.Equal((17, 15), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("constants:\n  freight: 2\n", 10, 3, "'freight' is already a fact, function or keyword of the expression language; give the constant another name")]
    [InlineData("constants:\n  sdr: about ten\n", 10, 8, "'sdr' must be a number, not 'about ten'")]
    [InlineData("constants:\n  汇率: 9.65\n", 10, 3, "constant name '汇率' must start with a letter and hold only letters, digits and '_'")]
    [InlineData("deposit:\n  amount: 0\n", 10, 11, "'amount' must be more than 0, not 0")]
    [InlineData("deposit:\n  minimumBalance: 100\n", 10, 3, "missing required field 'amount' in deposit")]
    [InlineData("deposit:\n  amount: 5000\n  topUpWithinDays: -1\n", 11, 20, "'topUpWithinDays' must be 1 or more, not -1")]
    public void constants_and_deposit_are_checked(string section, int row, int column, string message)
    {
        var text = Base.With("deadlines:\n", section + "deadlines:\n");
        var errors = ContractFolder.Errors(("zto.yaml", text));
        Assert.True(errors.Contains(new ContractError("zto.yaml", row, column, message)), string.Join("\n", errors));
    }

    [Theory]
    [InlineData("    metric: lostPer10k", "    metric: lostPer1k", 23, 13, "unknown metric 'lostPer1k' — did you mean 'lostPer10k'?")]
    [InlineData("    threshold: 3", "    threshold: -3", 24, 16, "'threshold' cannot be negative (-3)")]
    [InlineData("    pay: \"monthlyFreight * 0.01 * ceil(metricValue - threshold)\"", "    pay: \"goodsValue * 0.01\"", 25, 11,
        "unknown name 'goodsValue'; the names you can use are metricValue, threshold, parcels, monthlyFreight (in service level 9.1 pay)")]
    [InlineData("    pay: \"monthlyFreight * 0.01 * ceil(metricValue - threshold)\"", "    pay: \"monthlyFreight * 0.01 * ceil(metricValue - treshold)\"", 25, 54,
        "unknown name 'treshold' — did you mean 'threshold'? (in service level 9.1 pay)")]
    [InlineData("    page: 6", "    page: 6\n    when: \"true\"", 23, 5, "unknown key 'when' in service level 9.1 — it belongs under 'clauses'")]
    public void service_levels_are_checked_at_load(string line, string replacement, int row, int column, string message)
    {
        var text = Base.Yaml + ServiceLevelYaml.Replace(line, replacement, StringComparison.Ordinal);
        var errors = ContractFolder.Errors(("zto.yaml", text));
        Assert.True(errors.Contains(new ContractError("zto.yaml", row, column, message)), string.Join("\n", errors));
    }

    internal const string ServiceLevelYaml =
        "serviceLevels:\n" +                                                           // 19
        "  - id: \"9.1\"\n" +                                                          // 20
        "    title: 月度丢件率\n" +                                                      // 21
        "    page: 6\n" +                                                              // 22
        "    metric: lostPer10k\n" +                                                   // 23
        "    threshold: 3\n" +                                                         // 24
        "    pay: \"monthlyFreight * 0.01 * ceil(metricValue - threshold)\"\n" +       // 25
        "    cap: 20000\n";                                                            // 26

    [Fact]
    public void a_file_that_is_not_utf8_is_refused_with_its_line()
    {
        using var folder = new ContractFolder(("zto.yaml", Base.Yaml));
        var bytes = System.Text.Encoding.UTF8.GetBytes(Base.Yaml.Replace("中通快递", "XX", StringComparison.Ordinal)).ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xD6; // GBK lead byte followed by 'X': not UTF-8
        File.WriteAllBytes(folder.File("zto.yaml"), [.. bytes]);
        var error = Assert.Single(folder.Load().Errors);
        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.StartsWith("the file is not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_or_empty_folder_is_an_error()
    {
        Assert.Equal("folder not found", Assert.Single(ContractLoader.LoadFolder("/nonexistent/contracts").Errors).Message);
        using var empty = new ContractFolder();
        Assert.Equal("no contract files (*.yaml, *.yml) in this folder", Assert.Single(empty.Load().Errors).Message);
    }

    [Fact]
    public void an_empty_file_is_an_error()
    {
        var error = Assert.Single(ContractFolder.Errors(("zto.yaml", "# nothing yet\n")));
        Assert.Equal("the file is empty", error.Message);
    }
}
