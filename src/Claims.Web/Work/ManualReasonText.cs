using System.Text.RegularExpressions;
using Claims.Web.Localization;
using static Claims.Web.Localization.Text;

namespace Claims.Web.Work;

/// <summary>
/// Why a claim needs manual assessment, in the page's language. The engine writes its reasons in English; the ones a
/// person acts on (a fact the clause needs and the incident lacks) are recognised by their shape and translated.
/// </summary>
public static partial class ManualReasonText
{
    public static string Describe(string? reason)
    {
        if (reason is null)
            return "";
        if (NeedsFact().Match(reason) is { Success: true } m)
            return T("manual.needs-fact", Name("fact", m.Groups["fact"].Value), m.Groups["clause"].Value, m.Groups["page"].Value);
        return reason;
    }

    [GeneratedRegex(@"^(?<fact>\w+) is needed by clause (?<clause>\S+) \(p\. (?<page>\d+)\) and was not given$")]
    private static partial Regex NeedsFact();
}
