using System.Globalization;
using Claims.Contracts.Assessing;
using Claims.Contracts.Currencies;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;

namespace Claims.Finance.Packets;

/// <summary>How packets write names, money and dates: Chinese with English, money with its ISO currency code.</summary>
internal static class Labels
{
    public static string Incident(string name) => name switch
    {
        "lost" => "丢件 lost",
        "damaged" => "破损 damaged",
        "misdelivered" => "错派 misdelivered",
        "late" => "延误 late",
        "notDeliveredToDoor" => "未送货上门 not delivered to the door",
        "courierMisconduct" => "服务态度 courier misconduct",
        "falseDeliveryScan" => "虚假签收 false delivery scan",
        "other" => "其他 other",
        _ => name,
    };

    public static string Direction(string name) => name == "return" ? "逆向 return" : "正向 forward";

    public static string Status(string name) => name switch
    {
        "assessed" => "已核定 assessed",
        "manual" => "待人工核定 needs manual assessment",
        "filed" => "已索赔 filed",
        "accepted" => "承运商已同意 accepted",
        "disputed" => "承运商有异议 disputed",
        "countered" => "承运商还价 counter-offered",
        "paid" => "已结清 settled",
        "waived" => "已放弃 waived",
        "closed" => "已关闭 closed",
        _ => name,
    };

    /// <summary>"CNY 1,234.50", "JPY 3,600": the code always, so two currencies are never confused.</summary>
    public static string Money(decimal? amount, string? currency)
    {
        if (amount is not { } a)
            return "—";
        var code = string.IsNullOrEmpty(currency) ? "" : currency + " ";
        var decimals = Iso4217.DecimalsOf(currency ?? "CNY");
        return code + Math.Round(a, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture);
    }

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Moment(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };

    /// <summary>Who recorded something: the scheduled worker ("system") as 系统 system, a person by their name.</summary>
    public static string Who(string? login) => string.IsNullOrEmpty(login) ? "—" : login == "system" ? "系统 system" : login;

    /// <summary>The facts a clause reads, in Chinese (the English is the contract's own name beside it).</summary>
    public static string Fact(string name) => name switch
    {
        "goodsValue" => "货值",
        "declaredValue" => "保价金额",
        "freight" => "运费",
        "claimedAmount" => "索赔金额",
        "weightKg" => "重量",
        "daysLate" => "延误天数",
        _ => name,
    };

    /// <summary>
    /// One of the engine's reasons for a manual assessment as "中文 English" (the English as the engine wrote it);
    /// any other text (a person's words) as written.
    /// </summary>
    public static string Reason(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
            return "—";
        var chinese = ReasonParts.Parse(reason) is { } p ? p.Kind switch
        {
            ReasonKind.NeedsFact => $"合同第 {p.Page} 页第 {p.Clause} 条需要“{Fact(p.Fact!)}”，登记时未填写",
            ReasonKind.NoContract => $"发货日期 {p.Date} 时 {p.Carrier} 没有生效的合同",
            ReasonKind.NoClause => $"合同 {p.Contract} 没有适用于“{IncidentChinese(p.Incident!)}”的条款",
            ReasonKind.Unexpected => "无法自动核定",
            ReasonKind.ClauseFailed => p.Field == "when" ? $"第 {p.Clause} 条的适用条件无法计算（{Failure(p)}）" : $"第 {p.Clause} 条无法计算（{Failure(p)}）",
            ReasonKind.ServiceLevelFailed => $"服务水平第 {p.Clause} 条的罚款无法计算（{Failure(p)}）",
            _ => null,
        } : null;
        return chinese is null ? reason : $"{chinese} {reason}";
    }

    /// <summary>A calculation trace with each adjustment said in both languages ("四舍五入保留 2 位小数 rounded half away from zero to 2 decimals").</summary>
    public static string Trace(string trace) => TraceSteps.Rewrite(trace, (step, value) => step switch
    {
        SettlementStep.Cap => $"不超过上限 at most the cap {value}",
        SettlementStep.Minimum => $"不低于最低额 at least the minimum {value}",
        SettlementStep.Floor => "不低于 0 never below 0",
        _ => $"四舍五入保留 {value} 位小数 rounded half away from zero to {value} decimals",
    });

    private static string IncidentChinese(string name) => IncidentTypeNames.TryParse(name, out var type) ? IncidentNames.Chinese(type) : name;

    private static string Failure(ReasonParts p) => p.Failure switch
    {
        FailureKind.DivisionByZero => "除数为零",
        FailureKind.Overflow => "数值过大",
        FailureKind.RoundDigits => "round() 的小数位数须为 0 到 28 的整数",
        FailureKind.NotGiven => $"未填写{Fact(p.Fact!)}",
        _ => "计算出错",
    };
}
