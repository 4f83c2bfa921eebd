using System.Globalization;
using Claims.Contracts.Model;
using Claims.Contracts.Tests.Support;

namespace Claims.Contracts.Tests.Assessing;

/// <summary>Compensation rules from published law and carrier terms, written as contract clauses and assessed.</summary>
public class PublishedRulesTests
{
    // Chinese Postal Law art. 47: insured items at the insured amount (partial damage in proportion insured/actual
    // value); uninsured items at the actual loss, at most three times the postage.
    private static readonly ContractSet PostalLaw = ContractYaml.Set(
        ContractYaml.Clause("lost", "declaredValue", when: "declaredValue > 0", id: "47.1") + "\n" +
        ContractYaml.Clause("damaged", "claimedAmount * declaredValue / goodsValue", when: "declaredValue > 0", id: "47.2") + "\n" +
        ContractYaml.Clause("lost", "min(goodsValue, 3 * freight)", id: "47.3") + "\n" +
        ContractYaml.Clause("damaged", "min(claimedAmount, 3 * freight)", id: "47.4"));

    [Theory]
    [InlineData("lost", 500, 0, 12, null, "47.3", "36.00")]        // uninsured: min(500, 3 × 12 = 36) = 36
    [InlineData("lost", 20, 0, 12, null, "47.3", "20.00")]         // uninsured: the loss 20 is under 3 × 12
    [InlineData("lost", 1500, 1000, 12, null, "47.1", "1000.00")]  // insured: the insured amount 1000
    [InlineData("damaged", 2000, 1000, 12, "600", "47.2", "300.00")] // insured, partial: 600 × 1000 / 2000 = 300
    [InlineData("damaged", 300, 0, 10, "80", "47.4", "30.00")]     // uninsured damage: min(80, 3 × 10) = 30
    [InlineData("damaged", 900, 300, 10, "100", "47.2", "33.33")]  // 100 × 300 / 900 = 33.333… → 33.33
    public void postal_law_article_47(string type, int goods, int declared, int postage, string? claimed, string clause, string amount)
    {
        var a = PostalLaw.Assess(Incidents.Of(Type(type), goodsValue: goods, declaredValue: declared, freight: postage, claimedAmount: Parse(claimed)));
        Assert.Equal((AssessmentStatus.Assessed, clause, amount), (a.Status, a.ClauseId, Format(a.Amount)));
    }

    // SF-style terms: uninsured items at the actual loss up to 7 × freight, with a ceiling per waybill.
    private static readonly ContractSet SevenTimesFreight = ContractYaml.Set(ContractYaml.Clause("lost", "min(goodsValue, 7 * freight)", cap: "1000"));

    [Theory]
    [InlineData(459, 16, "112.00")]    // min(459, 7 × 16 = 112) = 112
    [InlineData(80, 23, "80.00")]      // min(80, 161) = 80
    [InlineData(5000, 200, "1000.00")] // min(5000, 1400) = 1400, then the cap 1000
    public void actual_loss_up_to_seven_times_freight_with_a_cap(int goods, int freight, string amount) =>
        Assert.Equal(amount, Format(SevenTimesFreight.Assess(Incidents.Of(goodsValue: goods, freight: freight)).Amount));

    // CMR art. 23: at most 8.33 SDR per kilogram gross weight, converted at the SDR rate agreed in the contract.
    private static readonly ContractSet Cmr = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(goodsValue, 8.33 * sdr * weightKg)"), more: "constants:\n  sdr: 9.65");

    [Theory]
    [InlineData(2000, "10", "803.85")]  // 8.33 × 9.65 × 10 = 803.845 → 803.85 (half away from zero)
    [InlineData(100, "2", "100.00")]    // 8.33 × 9.65 × 2 = 160.769 > the loss 100
    [InlineData(5000, "0.5", "40.19")]  // 8.33 × 9.65 × 0.5 = 40.19225
    public void cmr_limit_of_8_33_sdr_per_kilogram(int goods, string weightKg, string amount) =>
        Assert.Equal(amount, Format(Cmr.Assess(Incidents.Of(goodsValue: goods, weightKg: Parse(weightKg)!.Value)).Amount));

    // Montreal Convention art. 22: 26 SDR per kilogram (the 2024 revised limit), here in a USD contract.
    private static readonly ContractSet Montreal = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(goodsValue, 26 * sdr * weightKg)"), currency: "USD", more: "constants:\n  sdr: 1.36");

    [Theory]
    [InlineData(680, "5.5", "194.48")]  // 26 × 1.36 × 5.5 = 194.48
    [InlineData(100, "5.5", "100.00")]  // the loss is lower
    [InlineData(3000, "0.25", "8.84")]  // 26 × 1.36 × 0.25 = 8.84
    public void montreal_limit_of_26_sdr_per_kilogram(int goods, string weightKg, string amount)
    {
        var a = Montreal.Assess(Incidents.Of(goodsValue: goods, weightKg: Parse(weightKg)!.Value));
        Assert.Equal((amount, "USD"), (Format(a.Amount), a.Currency));
    }

    // A courier's default liability of USD 100 per shipment unless a higher value is declared.
    private static readonly ContractSet DefaultLiability = ContractYaml.Set(
        ContractYaml.Clause("lost", "min(declaredValue, goodsValue)", when: "declaredValue > 0", id: "7.1") + "\n" +
        ContractYaml.Clause("lost", "min(goodsValue, 100)", id: "7.2"), currency: "USD");

    [Theory]
    [InlineData(350, 0, "7.2", "100.00")]   // not declared: at most USD 100
    [InlineData(60, 0, "7.2", "60.00")]     // not declared, loss under 100
    [InlineData(350, 300, "7.1", "300.00")] // declared 300: min(300, 350)
    [InlineData(350, 500, "7.1", "350.00")] // declared above the value: the actual value
    public void usd_100_default_liability_unless_value_is_declared(int goods, int declared, string clause, string amount)
    {
        var a = DefaultLiability.Assess(Incidents.Of(goodsValue: goods, declaredValue: declared));
        Assert.Equal((clause, amount), (a.ClauseId, Format(a.Amount)));
    }

    [Theory]
    [InlineData("claimedAmount", "0.125", "CNY", "0.13")]              // half away from zero, not half to even (0.12)
    [InlineData("claimedAmount", "2.675", "CNY", "2.68")]              // binary floating point would give 2.67
    [InlineData("claimedAmount", "0.135", "CNY", "0.14")]
    [InlineData("round(-claimedAmount, 2) + 1", "0.125", "CNY", "0.87")] // round(-0.125, 2) = -0.13, away from zero
    [InlineData("1 - claimedAmount", "0.125", "CNY", "0.88")]           // 0.875 → 0.88
    [InlineData("claimedAmount", "1234.5", "JPY", "1235")]              // yen: no decimals
    [InlineData("claimedAmount * 0.5", "1233", "JPY", "617")]           // 616.5 → 617
    [InlineData("claimedAmount", "1234.4", "KRW", "1234")]
    [InlineData("claimedAmount", "1.2345", "KWD", "1.235")]             // dinar: three decimals
    [InlineData("claimedAmount", "7", "USD", "7.00")]
    public void amounts_are_rounded_half_away_from_zero_to_the_currency_minor_unit(string pay, string claimed, string currency, string amount)
    {
        var set = ContractYaml.Set(ContractYaml.Clause("lost", pay), currency);
        var a = set.Assess(Incidents.Of(claimedAmount: Parse(claimed)));
        Assert.Equal(amount, Format(a.Amount));
        Assert.Equal(amount.Contains('.', StringComparison.Ordinal) ? amount.Split('.')[1].Length : 0, a.Amount!.Value.Scale);
    }

    [Theory]
    [InlineData("1500", "1000", "50", "1000.00")]  // above the cap: the cap
    [InlineData("20", "1000", "50", "50.00")]      // below the minimum: the minimum
    [InlineData("-30", null, null, "0.00")]        // never below 0
    [InlineData("-30", null, "10", "10.00")]       // the minimum lifts it first
    [InlineData("500", "100", "200", "200.00")]    // the cap first, then the minimum: a minimum above the cap wins
    [InlineData("0.004", null, null, "0.00")]
    public void cap_then_minimum_then_never_below_zero(string pay, string? cap, string? minimum, string amount) =>
        Assert.Equal(amount, Format(ContractYaml.Set(ContractYaml.Clause("lost", pay, cap: cap, minimum: minimum)).Assess(Incidents.Of()).Amount));

    internal static IncidentType Type(string name) => IncidentTypeNames.TryParse(name, out var t) ? t : throw new ArgumentException(name);

    private static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string? Format(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
