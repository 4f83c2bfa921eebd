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
        if (UnknownDirection().Match(part) is { Success: true } r)
            return $"{Column(r.Groups["column"].Value)}“{r.Groups["text"].Value}”无法识别（可写：正向 或 逆向）";
        if (FutureDate().Match(part) is { Success: true } f)
            return $"异常日期 {f.Groups["date"].Value} 晚于今天";
        if (WaybillSeparator().Match(part) is { Success: true } w)
            return $"运单号“{w.Groups["text"].Value}”含有冒号“:”或控制字符，运单号不会含有这些字符";
        if (WaybillTooLong().Match(part) is { Success: true } l)
            return $"运单号“{l.Groups["text"].Value}”超过 {l.Groups["max"].Value} 个字符";
        if (Nul().Match(part) is { Success: true } z)
            return $"{Column(z.Groups["column"].Value)}含有空字符（NUL）";
        if (part == "invalid row")
            return "无效行";
        if (FileLevel(part) is { } file)
            return file;
        if (Missing().Match(part) is { Success: true } x)
            return $"缺少{Column(x.Groups["column"].Value)}";
        return part;
    }

    // What the reader says about a whole file (empty, not CSV or XLSX, broken); the detail after it stays as written.
    private static string? FileLevel(string part) => part switch
    {
        "the file is empty (a header row is needed)" => "文件为空（需要表头行）",
        "there is no header row (the file holds no text)" => "没有表头行（文件中没有文字）",
        "it is a zip file but not an XLSX workbook" => "这是压缩文件，不是 XLSX 工作簿",
        "the workbook has no worksheet" => "工作簿中没有工作表",
        _ when part.StartsWith("neither CSV text nor an XLSX workbook: ", StringComparison.Ordinal) =>
            "既不是 CSV 文本也不是 XLSX 工作簿：" + Impostor(part["neither CSV text nor an XLSX workbook: ".Length..]),
        _ when TooManyColumns().Match(part) is { Success: true } m => $"一行超过 {m.Groups["n"].Value} 列",
        _ when FieldTooLong().Match(part) is { Success: true } m => $"有字段超过 {m.Groups["n"].Value} 个字符（是否有引号未闭合？）",
        _ => null,
    };

    private static string Impostor(string what) => what switch
    {
        "it is a PDF document" => "这是 PDF 文档",
        "it is an image" => "这是图片",
        "it is a compressed archive" => "这是压缩包",
        _ when what.StartsWith("it is an old .xls", StringComparison.Ordinal) => "这是旧版 .xls 工作簿或加密文件，请另存为 .xlsx（不设密码）或 CSV",
        _ when what.StartsWith("it looks like UTF-16", StringComparison.Ordinal) => "这像是没有字节顺序标记的 UTF-16 文本，请另存为 CSV UTF-8",
        _ when what.StartsWith("it is an HTML or XML file", StringComparison.Ordinal) => "这是 HTML 或 XML 文件（有些系统把网页导出为 .xls），请用 Excel 打开后另存为 .xlsx 或 CSV",
        _ => what,
    };

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

    [GeneratedRegex(@"^unknown (?<column>.+?) '(?<text>.*)' \(use forward / 正向 or return / 逆向\)$")]
    private static partial Regex UnknownDirection();

    [GeneratedRegex(@"^the incident date (?<date>\S+) is in the future$")]
    private static partial Regex FutureDate();

    [GeneratedRegex(@"^waybill '(?<text>.*)' holds ':' or a control character, which a waybill never has$", RegexOptions.Singleline)]
    private static partial Regex WaybillSeparator();

    [GeneratedRegex(@"^waybill '(?<text>.*)' is longer than (?<max>\d+) characters$", RegexOptions.Singleline)]
    private static partial Regex WaybillTooLong();

    [GeneratedRegex(@"^(?<column>.+) holds a NUL character \(\\0\)$")]
    private static partial Regex Nul();

    [GeneratedRegex(@"^more than (?<n>[\d,]+) columns in one row$")]
    private static partial Regex TooManyColumns();

    [GeneratedRegex(@"^a field longer than (?<n>[\d,]+) characters \(is a quote left open\?\)$")]
    private static partial Regex FieldTooLong();

    [GeneratedRegex(@"^missing (?<column>.+)$")]
    private static partial Regex Missing();
}
