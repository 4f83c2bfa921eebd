namespace Claims.Documents.Pdf.Layout;

internal enum SpanKind : byte
{
    Literal,
    PageNumber,
    TotalPages,
}

/// <summary>A piece of a paragraph in one style; page numbers are filled in when the page is known.</summary>
internal sealed record TextSpan(string Text, TextStyle Style, SpanKind Kind = SpanKind.Literal)
{
    public string Resolve(PageContext page) => Kind switch
    {
        SpanKind.PageNumber => page.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // While pages are still being laid out the total is unknown; the page number has the same number of digits or fewer.
        SpanKind.TotalPages => (page.TotalPages ?? page.PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Text,
    };
}
