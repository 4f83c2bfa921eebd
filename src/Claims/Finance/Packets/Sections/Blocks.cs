using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>The small layout pieces every packet section uses: a heading, label/value pairs, table cells.</summary>
internal static class Blocks
{
    public static void Heading(this IContainer container, string text) =>
        container.PaddingTop(4).BorderBottom(0.75, Colors.Accent).PaddingBottom(2).Text(text, Typography.Heading);

    /// <summary>A two-column list of labels and values; values wrap, labels stay narrow.</summary>
    public static void Pairs(this IContainer container, IEnumerable<(string Label, string? Value)> pairs, double labelWidth = 130) =>
        container.Table(table =>
        {
            table.ColumnsDefinition(c => c.ConstantColumn(labelWidth).RelativeColumn());
            foreach (var (label, value) in pairs)
            {
                table.Cell().PaddingBottom(2).Text(label, Typography.Small);
                table.Cell().PaddingBottom(2).Text(string.IsNullOrEmpty(value) ? "—" : value, Typography.TableCell);
            }
        });

    /// <summary>Label/value pairs side by side in two columns, to keep a claim on one page.</summary>
    public static void Pairs(this IContainer container, IEnumerable<(string Label, string? Value)> left, IEnumerable<(string Label, string? Value)> right) =>
        container.Row(row =>
        {
            row.Spacing(16);
            row.RelativeItem().Pairs(left, 100);
            row.RelativeItem().Pairs(right, 100);
        });

    /// <summary>A table's header row (repeated on every page the table runs over), one title per column.</summary>
    public static void HeaderRow(this TableDescriptor table, params string[] titles) =>
        table.Header(h =>
        {
            foreach (var title in titles)
                h.Cell().HeaderCell().Text(title, Typography.TableHeader);
        });

    public static IContainer HeaderCell(this IContainer cell) => cell.Background(Colors.Shade).BorderBottom(0.75).Padding(3);

    public static IContainer BodyCell(this IContainer cell) => cell.BorderBottom(0.25).Padding(3);
}
