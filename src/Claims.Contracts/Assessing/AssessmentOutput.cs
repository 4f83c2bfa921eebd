using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Claims.Contracts.Currencies;

namespace Claims.Contracts.Assessing;

/// <summary>
/// Writes the results of `claims assess` as CONTRACT-FORMAT.md describes: a JSON array of objects, or CSV with
/// the same columns. Streams row by row, so a million rows need little memory.
/// </summary>
public static class AssessmentOutput
{
    /// <summary>The fields of each result, in output order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["line", "waybill", "carrier", "status", "contract", "clause", "page", "title", "amount", "currency", "fileBy", "outOfWindow", "reason", "trace"];

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Chinese titles and reasons stay readable instead of becoming \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void WriteJson(TextWriter output, IEnumerable<AssessmentRow> rows, DateOnly today)
    {
        using var stream = new TextWriterStream(output);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartArray();
        var count = 0;
        foreach (var row in rows)
        {
            var f = Fields.Of(row, today);
            json.WriteStartObject();
            json.WriteNumber("line", f.Line);
            json.WriteString("waybill", f.Waybill);
            json.WriteString("carrier", f.Carrier);
            json.WriteString("status", f.Status);
            json.WriteString("contract", f.Contract);
            json.WriteString("clause", f.Clause);
            if (f.Page is { } page)
                json.WriteNumber("page", page);
            else
                json.WriteNull("page");
            json.WriteString("title", f.Title);
            json.WriteString("amount", f.Amount);
            json.WriteString("currency", f.Currency);
            json.WriteString("fileBy", f.FileBy);
            json.WriteBoolean("outOfWindow", f.OutOfWindow);
            json.WriteString("reason", f.Reason);
            json.WriteString("trace", f.Trace);
            json.WriteEndObject();
            if (++count % 1000 == 0)
                json.Flush();
        }
        json.WriteEndArray();
        json.Flush();
        stream.Flush();
        output.WriteLine();
    }

    /// <summary>CSV per RFC 4180: a header row, fields quoted when they hold a comma, quote or line break, CRLF line ends.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<AssessmentRow> rows, DateOnly today)
    {
        output.Write(string.Join(',', Columns));
        output.Write("\r\n");
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            var f = Fields.Of(row, today);
            line.Clear();
            string?[] values =
            [
                f.Line.ToString(CultureInfo.InvariantCulture), f.Waybill, f.Carrier, f.Status, f.Contract, f.Clause,
                f.Page?.ToString(CultureInfo.InvariantCulture), f.Title, f.Amount, f.Currency, f.FileBy,
                f.OutOfWindow ? "true" : "false", f.Reason, f.Trace,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                    line.Append(',');
                AppendCsv(line, values[i]);
            }
            line.Append("\r\n");
            output.Write(line);
        }
    }

    private static void AppendCsv(StringBuilder line, string? value)
    {
        if (value is null)
            return;
        // Text a spreadsheet would run (leading = + - @, tab, CR, LF, also after spaces) gets a leading quote, as in
        // every CSV we write; numbers we wrote ourselves stay numbers.
        var first = value.AsSpan().TrimStart(' ');
        if (first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'
            && !decimal.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n\t") < 0 && value[0] != ' ')
        {
            line.Append(value);
            return;
        }
        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>A result as the strings and numbers that are written.</summary>
    private sealed record Fields(
        int Line, string? Waybill, string? Carrier, string Status, string? Contract, string? Clause, int? Page,
        string? Title, string? Amount, string? Currency, string? FileBy, bool OutOfWindow, string? Reason, string? Trace)
    {
        public static Fields Of(AssessmentRow row, DateOnly today)
        {
            var status = row.Status switch
            {
                RowStatus.Assessed => "assessed",
                RowStatus.Manual => "manual",
                _ => "invalid",
            };
            if (row.Assessment is not { } a)
                return new(row.Line, row.Waybill, row.Carrier, status, null, null, null, null, null, null, null, false, row.InvalidReason, null);
            var amount = a.Amount is { } value ? Money.Format(value, Iso4217.DecimalsOf(a.Currency ?? "")) : null;
            var fileBy = a.FileBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new(row.Line, row.Waybill, row.Carrier, status, a.ContractNumber, a.ClauseId, a.Page, a.Title, amount,
                a.Currency, fileBy, Assessor.IsOutOfWindow(a, today), a.Reason, a.Trace);
        }
    }
}
