using System.Text.RegularExpressions;
using Claims.Contracts.IncidentFiles;
using Claims.Web.Localization;

namespace Claims.Web.Work;

/// <summary>
/// An import error in the page's language. The file reader writes English (the CLI and `claims assess` print it as is);
/// for Chinese readers the common shapes (a missing column, an unknown carrier or incident type, a bad date or amount)
/// are said in Chinese, naming the column by its Chinese header. Anything else is shown as written.
/// </summary>
public static partial class ImportErrorText
{
    public static string Describe(string reason)
    {
        if (!Languages.IsChinese)
            return reason;
        if (MissingColumns().Match(reason) is { Success: true } m)
            return $"缺少必需的列：{Columns(m.Groups["names"].Value)}；表头为：{m.Groups["has"].Value}";
        return string.Join("；", reason.Split("; ").Select(One));
    }

    private static string One(string part)
    {
        if (UnknownCarrier().Match(part) is { Success: true } c)
            return $"承运商“{c.Groups["text"].Value}”没有对应的合同（可写代码、全称或简称，如 ZTO、中通快递、中通）";
        if (UnknownIncident().Match(part) is { Success: true } i)
            return $"异常类型“{i.Groups["text"].Value}”无法识别（可写：丢件 破损 错派 延误 未送货上门 服务态度 虚假签收 其他）";
        if (BadDate().Match(part) is { Success: true } d)
            return $"{Column(d.Groups["column"].Value)}“{d.Groups["text"].Value}”不是日期（写作 2026-03-01 或 2026/3/1）";
        if (BadNumber().Match(part) is { Success: true } n)
            return $"{Column(n.Groups["column"].Value)}“{n.Groups["text"].Value}”不是有效数值";
        if (Negative().Match(part) is { Success: true } g)
            return $"{Column(g.Groups["column"].Value)}“{g.Groups["text"].Value}”不能为负数";
        if (Missing().Match(part) is { Success: true } x)
            return $"缺少{Column(x.Groups["column"].Value)}";
        return part;
    }

    // "carrier (承运商)" is how the file wrote it; a bare "carrier" is named by the format's Chinese header.
    private static string Column(string label)
    {
        var open = label.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && label.EndsWith(')'))
            return label[(open + 2)..^1];
        var headers = IncidentFileTemplate.Headers(chinese: false);
        var index = headers.ToList().IndexOf(label);
        return index >= 0 ? IncidentFileTemplate.Headers(chinese: true)[index] : label;
    }

    private static string Columns(string names) =>
        string.Join("、", names.Split(", ").Select(n => n.Split(" (")[0]).Select(Column));

    [GeneratedRegex(@"^missing required columns? (?<names>.+); the header row has: (?<has>.*)$", RegexOptions.Singleline)]
    private static partial Regex MissingColumns();

    [GeneratedRegex(@"^unknown carrier '(?<text>.*)' \(no contract names it\)$")]
    private static partial Regex UnknownCarrier();

    [GeneratedRegex(@"^unknown incident type '(?<text>.*)' \(.*\)$")]
    private static partial Regex UnknownIncident();

    [GeneratedRegex(@"^bad date '(?<text>.*)' in (?<column>.+)$")]
    private static partial Regex BadDate();

    [GeneratedRegex(@"^bad [a-z ]+ '(?<text>.*)' in (?<column>.+?)( \(a whole number is needed\))?$")]
    private static partial Regex BadNumber();

    [GeneratedRegex(@"^negative [a-z ]+ '(?<text>.*)' in (?<column>.+)$")]
    private static partial Regex Negative();

    [GeneratedRegex(@"^missing (?<column>.+)$")]
    private static partial Regex Missing();
}
