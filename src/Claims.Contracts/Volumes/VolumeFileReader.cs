using System.Globalization;
using System.Text.RegularExpressions;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.IncidentFiles.Tables;

namespace Claims.Contracts.Volumes;

/// <summary>
/// Reads a monthly volumes file (columns carrier, month, parcels, freight; or 承运商/快递公司, 月份, 件数, 运费) with
/// the same CSV/XLSX and encoding handling as incident files. File-level failures are <see cref="IncidentFileException"/>.
/// </summary>
public static partial class VolumeFileReader
{
    private static readonly Column Carrier = new("carrier", true, "承运商", "快递公司");
    private static readonly Column Month = new("month", true, "月份");
    private static readonly Column Parcels = new("parcels", true, "件数");
    private static readonly Column Freight = new("freight", false, "运费");
    private static readonly IReadOnlyList<Column> Columns = [Carrier, Month, Parcels, Freight];

    public static IEnumerable<VolumeRow> Read(string path, Func<string, string?> resolveCarrier)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(resolveCarrier);
        return Parse(TableFile.Read(path), path, resolveCarrier);
    }

    public static IEnumerable<VolumeRow> Read(Stream stream, string fileName, Func<string, string?> resolveCarrier)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(resolveCarrier);
        return Parse(TableFile.Read(stream, fileName), fileName, resolveCarrier);
    }

    private static IEnumerable<VolumeRow> Parse(IEnumerable<TableRow> rows, string fileName, Func<string, string?> resolveCarrier) =>
        Header.DataRows(rows, Columns, fileName).Select(r => ParseRow(r.Row, r.Header, resolveCarrier));

    private static VolumeRow ParseRow(TableRow row, Header header, Func<string, string?> resolveCarrier)
    {
        var fields = new FieldReader(row, header);
        var carrierText = fields.Required(Carrier);
        var carrier = carrierText is null ? null : resolveCarrier(carrierText);
        if (carrierText is not null && carrier is null)
        {
            fields.Fail($"unknown carrier {FieldReader.Quote(carrierText)} (no contract names it)");
        }

        var month = YearMonth(fields, header);
        var parcels = fields.Whole(Parcels, "number of parcels");
        if (parcels is null && fields.Text(Parcels) is null)
        {
            fields.Fail($"missing {header.Label(Parcels)}");
        }

        var freight = fields.NonNegative(Freight, "amount");
        return fields.Error is { } error
            ? new VolumeRow(row.Line, carrier ?? carrierText, month?.Year, month?.Month, null, null, error)
            : new VolumeRow(row.Line, carrier, month!.Value.Year, month.Value.Month, parcels, freight, null);
    }

    /// <summary>yyyy-mm, yyyy/m, yyyy.m, yyyy年m月, or a date (Excel turns a typed "2026-03" into 2026-03-01).</summary>
    private static (int Year, int Month)? YearMonth(FieldReader fields, Header header)
    {
        if (fields.Required(Month) is not { } text)
        {
            return null;
        }

        var match = MonthPattern().Match(text);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (year >= 1 && month is >= 1 and <= 12)
            {
                return (year, month);
            }
        }
        else if (FieldReader.TryDate(text, out var date))
        {
            return (date.Year, date.Month);
        }

        fields.Fail($"bad month {FieldReader.Quote(text)} in {header.Label(Month)} (use yyyy-mm)");
        return null;
    }

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})|(?<y>[0-9]{4})年\s*(?<m>[0-9]{1,2})月)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
