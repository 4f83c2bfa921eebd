using Claims.Contracts;
using Claims.Contracts.Model;
using Claims.Finance.Packets;

namespace Claims.Tests.Finance;

/// <summary>
/// Packets and the workbook say the engine's English reasons and trace steps in Chinese too, "中文 English" (issue 11):
/// a finance reader never meets an English-only reason or "system".
/// </summary>
public sealed class ChineseLabelsTests
{
    private static readonly ContractSet Zto = Claims.Contracts.Loading.ContractLoader.LoadTexts([new("zto.yaml", """
        carrier:
          code: ZTO
          name: 中通快递
        contract:
          number: ZTO-SH-2026-017
          effective: 2026-01-01
          expires: 2026-12-31
          currency: CNY
        clauses:
          - id: "7.2"
            page: 4
            title: 丢件
            incident: lost
            pay: "min(goodsValue, 3 * freight)"
          - id: "7.4"
            page: 5
            title: 破损
            incident: damaged
            pay: "goodsValue / weightKg"
        """)]).Set!;

    private static Incident Of(IncidentType type, string carrier = "ZTO", decimal goods = 100m, decimal freight = 10m, decimal weight = 0m) =>
        new("ZT1", carrier, type, Direction.Forward, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10), goods, 0m, freight, null, weight, 0);

    [Theory]
    [InlineData(IncidentType.Other, "ZTO", "合同 ZTO-SH-2026-017 没有适用于“其他”的条款 no clause of ZTO-SH-2026-017 covers other")]
    [InlineData(IncidentType.Lost, "YTO", "发货日期 2026-03-10 时 YTO 没有生效的合同 no contract in force for YTO on 2026-03-10")]
    [InlineData(IncidentType.Damaged, "ZTO", "第 7.4 条无法计算（除数为零） division by zero in clause 7.4 pay:")]
    public void every_engine_reason_is_chinese_then_english(IncidentType type, string carrier, string expected)
    {
        var reason = Zto.Assess(Of(type, carrier)).Reason;
        Assert.StartsWith(expected, Labels.Reason(reason), StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_fact_names_it_in_chinese()
    {
        var reason = Zto.Assess(Of(IncidentType.Lost) with { Missing = MissingFacts.Freight }).Reason;
        Assert.Equal("合同第 4 页第 7.2 条需要“运费”，登记时未填写 freight is needed by clause 7.2 (p. 4) and was not given", Labels.Reason(reason));
    }

    [Fact]
    public void a_persons_words_stay_as_written_and_the_worker_is_the_system()
    {
        Assert.Equal("主管按发票核定", Labels.Reason("主管按发票核定"));
        Assert.Equal("系统 system", Labels.Who("system"));
        Assert.Equal("李娜", Labels.Who("李娜"));
    }

    [Fact]
    public void trace_steps_are_said_in_both_languages()
    {
        Assert.Equal("freight=3.604 = 3.604; 四舍五入保留 2 位小数 rounded half away from zero to 2 decimals = 3.60",
            Labels.Trace("freight=3.604 = 3.604; rounded half away from zero to 2 decimals = 3.60"));
        Assert.Equal("7 * freight=200.00 = 1400.00; 不超过上限 at most the cap 1000 = 1000.00",
            Labels.Trace("7 * freight=200.00 = 1400.00; at most the cap 1000 = 1000.00"));
    }
}
