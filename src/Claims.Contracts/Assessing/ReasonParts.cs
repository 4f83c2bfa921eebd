using System.Text.RegularExpressions;

namespace Claims.Contracts.Assessing;

/// <summary>Which of the engine's reasons for a manual assessment (or an uncomputed penalty) a text is.</summary>
public enum ReasonKind
{
    /// <summary>"freight is needed by clause 9.6 (p. 10) and was not given".</summary>
    NeedsFact,

    /// <summary>"no contract in force for YTO on 2025-12-31" (the shipping date).</summary>
    NoContract,

    /// <summary>"no clause of JD-BJ-2026-008 covers falseDeliveryScan".</summary>
    NoClause,

    /// <summary>"division by zero in clause 4.1 pay: freight / weightKg".</summary>
    ClauseFailed,

    /// <summary>"division by zero in service level 10.1 pay: ...".</summary>
    ServiceLevelFailed,

    /// <summary>"could not be assessed automatically: ..." (an unexpected error; the detail is the runtime's).</summary>
    Unexpected,
}

/// <summary>Why an evaluation stopped, as a word a reader's language can say.</summary>
public enum FailureKind
{
    Other,
    DivisionByZero,
    Overflow,
    RoundDigits,
    NotGiven,
}

/// <summary>
/// The parts of a reason the engine wrote in English (<see cref="Assessor"/>, <see cref="ServiceLevelJudge"/>), so a
/// page or a packet can say it in the reader's language with its own words for facts and incident types. The reason
/// stays English where it is stored and where machines read it (the CLI's JSON, the CSV).
/// </summary>
public sealed partial record ReasonParts(
    ReasonKind Kind,
    string? Fact = null,
    string? Clause = null,
    int? Page = null,
    string? Carrier = null,
    string? Date = null,
    string? Contract = null,
    string? Incident = null,
    string? Field = null,
    FailureKind Failure = FailureKind.Other,
    string? FailureText = null,
    string? Where = null,
    string? Detail = null)
{
    /// <summary>The parts of one of the engine's reasons, or null when the text is not one (a person's words, say).</summary>
    public static ReasonParts? Parse(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
            return null;
        if (NeedsFactShape().Match(reason) is { Success: true } f)
            return new(ReasonKind.NeedsFact, Fact: f.Groups["fact"].Value, Clause: f.Groups["clause"].Value, Page: int.Parse(f.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (NoContractShape().Match(reason) is { Success: true } c)
            return new(ReasonKind.NoContract, Carrier: c.Groups["carrier"].Value, Date: c.Groups["date"].Value);
        if (NoClauseShape().Match(reason) is { Success: true } n)
            return new(ReasonKind.NoClause, Contract: n.Groups["contract"].Value, Incident: n.Groups["incident"].Value);
        if (UnexpectedShape().Match(reason) is { Success: true } u)
            return new(ReasonKind.Unexpected, Detail: u.Groups["detail"].Value);
        if (ClauseFailedShape().Match(reason) is { Success: true } k)
            return WithFailure(new(ReasonKind.ClauseFailed, Clause: k.Groups["clause"].Value, Field: k.Groups["field"].Value, Where: k.Groups["where"].Value), k.Groups["failure"].Value);
        if (ServiceLevelFailedShape().Match(reason) is { Success: true } s)
            return WithFailure(new(ReasonKind.ServiceLevelFailed, Clause: s.Groups["clause"].Value, Field: "pay", Where: s.Groups["where"].Value), s.Groups["failure"].Value);
        return null;
    }

    private static ReasonParts WithFailure(ReasonParts parts, string failure)
    {
        if (NotGivenShape().Match(failure) is { Success: true } g)
            return parts with { Failure = FailureKind.NotGiven, Fact = g.Groups["fact"].Value, FailureText = failure };
        var kind = failure switch
        {
            Expressions.Failures.DivisionByZero => FailureKind.DivisionByZero,
            Expressions.Failures.Overflow => FailureKind.Overflow,
            Expressions.Failures.RoundDigits => FailureKind.RoundDigits,
            _ => FailureKind.Other,
        };
        return parts with { Failure = kind, FailureText = failure };
    }

    // The shapes below are the format strings of Assessor and ServiceLevelJudge; ReasonPartsTests keeps them in step.
    [GeneratedRegex(@"^(?<fact>\w+) is needed by clause (?<clause>\S+) \(p\. (?<page>\d+)\) and was not given$")]
    private static partial Regex NeedsFactShape();

    [GeneratedRegex(@"^no contract in force for (?<carrier>.+) on (?<date>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex NoContractShape();

    [GeneratedRegex(@"^no clause of (?<contract>.+) covers (?<incident>\w+)$")]
    private static partial Regex NoClauseShape();

    [GeneratedRegex(@"^could not be assessed automatically: (?<detail>.*)$", RegexOptions.Singleline)]
    private static partial Regex UnexpectedShape();

    [GeneratedRegex(@"^(?<failure>.+?) in clause (?<clause>\S+) (?<field>when|pay): (?<where>.*)$", RegexOptions.Singleline)]
    private static partial Regex ClauseFailedShape();

    [GeneratedRegex(@"^(?<failure>.+?) in service level (?<clause>\S+) pay: (?<where>.*)$", RegexOptions.Singleline)]
    private static partial Regex ServiceLevelFailedShape();

    [GeneratedRegex(@"^(?<fact>\w+) is not given$")]
    private static partial Regex NotGivenShape();
}

/// <summary>One adjustment a trace shows after the formula's value (<see cref="Settlement"/>): cap, minimum, floor, rounding.</summary>
public enum SettlementStep
{
    Cap,
    Minimum,
    Floor,
    Rounding,
}

/// <summary>Rewrites the English step labels of a trace ("; rounded half away from zero to 2 decimals = 3.60") in other words.</summary>
public static partial class TraceSteps
{
    /// <summary>
    /// The trace with each adjustment's label replaced by <paramref name="say"/>(step, value), where value is the cap or
    /// minimum as written, "0" for the floor and the number of decimals for the rounding. The formula is left as written.
    /// </summary>
    public static string Rewrite(string trace, Func<SettlementStep, string, string> say) =>
        Step().Replace(trace, m =>
        {
            var (step, value) = m.Groups["cap"].Success ? (SettlementStep.Cap, m.Groups["cap"].Value)
                : m.Groups["min"].Success ? (SettlementStep.Minimum, m.Groups["min"].Value)
                : m.Groups["dec"].Success ? (SettlementStep.Rounding, m.Groups["dec"].Value)
                : (SettlementStep.Floor, "0");
            return "; " + say(step, value) + " = ";
        });

    // The labels of Settlement.Explain, each between "; " and " = ".
    [GeneratedRegex(@"; (?:at most the cap (?<cap>\S+)|at least the minimum (?<min>\S+)|never below 0|rounded half away from zero to (?<dec>\d+) decimals) = ")]
    private static partial Regex Step();
}
