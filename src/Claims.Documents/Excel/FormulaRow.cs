using System.Globalization;
using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Excel;

/// <summary>
/// Where a formula cell sits, so a formula can name cells by column header rather than by letter:
/// <c>f.SumIfs("Claims", "Assessed", ("Carrier", f.Cell("Carrier")))</c>.
/// </summary>
public sealed class FormulaRow
{
    private readonly SheetDirectory _directory;
    private readonly IReadOnlyDictionary<string, string> _letters;

    internal FormulaRow(SheetDirectory directory, IReadOnlyDictionary<string, string> letters)
    {
        _directory = directory;
        _letters = letters;
    }

    /// <summary>The Excel row number (1 is the header).</summary>
    public int Number { get; internal set; }

    /// <summary>The reference of this row's cell in the column with that header, e.g. "C7".</summary>
    public string Cell(string header) =>
        _letters.TryGetValue(header, out var letter)
            ? letter + Number.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentException($"This sheet has no column '{header}'.", nameof(header));

    /// <summary>
    /// Whole-column ranges of an earlier sheet's column, one per part when that sheet was split at Excel's row limit,
    /// e.g. ['Claims'!$E:$E, 'Claims (2)'!$E:$E].
    /// </summary>
    public IReadOnlyList<string> ColumnRanges(string sheet, string header) => _directory.ColumnRanges(sheet, header);

    /// <summary>A SUMIFS over an earlier sheet, added up over all its parts. Criteria are formula expressions (a cell or a <see cref="Literal"/>).</summary>
    public string SumIfs(string sheet, string sumHeader, params (string Header, string Criterion)[] criteria)
    {
        var sums = ColumnRanges(sheet, sumHeader);
        var terms = new List<string>(sums.Count);
        for (var part = 0; part < sums.Count; part++)
        {
            var args = new List<string> { sums[part] };
            foreach (var (header, criterion) in criteria)
            {
                args.Add(ColumnRanges(sheet, header)[part]);
                args.Add(criterion);
            }

            terms.Add("SUMIFS(" + string.Join(",", args) + ")");
        }

        return string.Join("+", terms);
    }

    /// <summary>A COUNTIFS over an earlier sheet (rows matching every criterion), added up over all its parts.</summary>
    public string CountIfs(string sheet, params (string Header, string Criterion)[] criteria)
    {
        ArgumentOutOfRangeException.ThrowIfZero(criteria.Length);
        var parts = ColumnRanges(sheet, criteria[0].Header).Count;
        var terms = new List<string>(parts);
        for (var part = 0; part < parts; part++)
        {
            var args = new List<string>();
            foreach (var (header, criterion) in criteria)
            {
                args.Add(ColumnRanges(sheet, header)[part]);
                args.Add(criterion);
            }

            terms.Add("COUNTIFS(" + string.Join(",", args) + ")");
        }

        return string.Join("+", terms);
    }

    /// <summary>A text constant inside a formula, quoted the way Excel wants ("" for a quote).</summary>
    public static string Literal(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
