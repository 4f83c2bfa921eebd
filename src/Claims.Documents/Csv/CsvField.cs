namespace Claims.Documents.Csv;

/// <summary>One CSV field as RFC 4180 wants it, with user text defused against CSV (formula) injection.</summary>
public static class CsvField
{
    /// <summary>
    /// User text. Following OWASP's CSV Injection advice, text whose first non-space character is = + - or @,
    /// or a tab, CR or LF (also after leading spaces), gets a leading single quote so a spreadsheet shows it instead of
    /// evaluating it; the field is then always quoted.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsDangerous(text))
        {
            return Quote("'" + text);
        }

        return NeedsQuotes(text) ? Quote(text) : text;
    }

    public static bool IsDangerous(string text)
    {
        // Spreadsheets skip leading spaces before deciding a cell is a formula, and a tab, CR or LF there
        // starts the same tricks, so the first character after the spaces is the one that counts.
        var first = text.AsSpan().TrimStart(' ');
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';
    }

    private static bool NeedsQuotes(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' ';

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
