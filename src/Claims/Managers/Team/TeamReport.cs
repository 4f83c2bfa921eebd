namespace Claims.Managers.Team;

/// <summary>
/// One person's figures (or the whole team's) over a period of report months, as of a day. Money, the amount claimed and
/// the recovery rate are per currency; rates are fractions (0.8 = 80 %); medians are in days, null without claims to
/// measure.
/// </summary>
public sealed record PersonFigures(
    string User,
    int Claims,
    int IncidentsReported,
    decimal? MedianDaysIncidentToReport,
    decimal? MedianDaysReportToFile,
    int Decided,
    int FiledInWindow,
    int MissedWindows,
    IReadOnlyDictionary<string, decimal> MissedAmount,
    IReadOnlyDictionary<string, decimal> Claimed,
    IReadOnlyDictionary<string, decimal> Recovered,
    int OpenClaims,
    int OverdueClaims)
{
    /// <summary>Of the claims whose filing window is settled (filed, or the window has closed), the share filed inside it.</summary>
    public decimal? FiledInWindowRate => Decided == 0 ? null : (decimal)FiledInWindow / Decided;

    public decimal? MissedShare => Decided == 0 ? null : (decimal)MissedWindows / Decided;

    public decimal? OverdueShare => OpenClaims == 0 ? null : (decimal)OverdueClaims / OpenClaims;

    /// <summary>Every currency the person's money is in (one empty name when there is none): a line each in the CSV and workbook.</summary>
    public IReadOnlyList<string> Currencies =>
        Claimed.Keys.Concat(Recovered.Keys).Concat(MissedAmount.Keys).Distinct().Order(StringComparer.Ordinal).DefaultIfEmpty("").ToList();

    /// <summary>Recovered (paid plus deducted) over the amount claimed, per currency with a claimed amount.</summary>
    public IReadOnlyDictionary<string, decimal> RecoveryRate =>
        Claimed.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => Recovered.GetValueOrDefault(c.Key) / c.Value, StringComparer.Ordinal);
}

/// <summary>A figure on which a person does worse than the team by more than the margin (<see cref="TeamFlags"/>), with why.</summary>
public sealed record TeamFlag(string Figure, string Chinese, string English)
{
    public string Reason(bool chinese) => chinese ? Chinese : English;
}

/// <summary>A person's figures and flags; <see cref="DisplayName"/> is how people know them (the user name when none is set).</summary>
public sealed record PersonLine(PersonFigures Figures, IReadOnlyList<TeamFlag> Flags, string DisplayName);

/// <summary>The team figures of claims reported in <see cref="From"/>..<see cref="To"/>, judged on <see cref="Today"/>.</summary>
public sealed record TeamReport(YearMonth From, YearMonth To, DateOnly Today, PersonFigures Team, IReadOnlyList<PersonLine> People);
