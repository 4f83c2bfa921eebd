using System.Globalization;
using Claims.Contracts.Assessing;
using Claims.Contracts.Model;
using Claims.Web.Localization;
using static Claims.Web.Localization.Text;

namespace Claims.Web.Work;

/// <summary>
/// Why a claim needs manual assessment (or a penalty has no amount), in the page's language. The engine writes its
/// reasons in English; their shapes (<see cref="ReasonParts"/>) are said again with the page's words for facts and
/// incident types. English readers see the engine's words, except for a missing fact, which is said with advice.
/// Anything that is not one of the engine's reasons is shown as written.
/// </summary>
public static class ManualReasonText
{
    public static string Describe(string? reason)
    {
        if (reason is null)
            return "";
        if (ReasonParts.Parse(reason) is not { } parts)
            return reason;
        if (parts.Kind == ReasonKind.NeedsFact)
            return T("manual.needs-fact", Name("fact", parts.Fact), parts.Clause, parts.Page);
        if (!Languages.IsChinese)
            return reason;
        return parts.Kind switch
        {
            ReasonKind.NoContract => T("manual.no-contract", parts.Carrier, Formats.Date(DateOnly.ParseExact(parts.Date!, "yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ReasonKind.NoClause => T("manual.no-clause", parts.Contract, Incident(parts.Incident!)),
            ReasonKind.Unexpected => T("manual.unexpected", parts.Detail),
            ReasonKind.ClauseFailed => T(parts.Field == "when" ? "manual.clause-when-failed" : "manual.clause-failed", parts.Clause, Failure(parts), parts.Where),
            ReasonKind.ServiceLevelFailed => T("manual.service-level-failed", parts.Clause, Failure(parts), parts.Where),
            _ => reason,
        };
    }

    /// <summary>A trace with its adjustments ("rounded half away from zero to 2 decimals") in the page's language; the formula as written.</summary>
    public static string Trace(string? trace) =>
        string.IsNullOrEmpty(trace) || !Languages.IsChinese ? trace ?? "" : TraceSteps.Rewrite(trace, (step, value) => T("trace." + step, value));

    private static string Incident(string name) =>
        IncidentTypeNames.TryParse(name, out _) ? Name("incident", name) : name;

    private static string Failure(ReasonParts parts) => parts.Failure switch
    {
        FailureKind.NotGiven => T("failure.NotGiven", Name("fact", parts.Fact)),
        FailureKind.Other => parts.FailureText ?? "",
        var kind => T("failure." + kind),
    };
}
