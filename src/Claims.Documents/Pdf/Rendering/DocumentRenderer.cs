using Claims.Documents.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Claims.Documents.Pdf.Rendering;

/// <summary>
/// Lays the content of each page set out page by page, then draws headers and footers onto the finished pages,
/// when the total page count is known ("page X of Y" without laying the document out twice).
/// </summary>
internal static class DocumentRenderer
{
    private const int MaxEmptyPages = 3;

    public static void Render(IReadOnlyList<PageDescriptor> pageSets, DocumentMetadata metadata, Stream output)
    {
        var fonts = FontCatalog.Shared;
        using var images = new ImageCache();
        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        pdf.Info.Title = metadata.Title ?? "";
        pdf.Info.Author = metadata.Author ?? "";
        pdf.Info.Subject = metadata.Subject ?? "";

        var pages = new List<(PdfPage Page, PageDescriptor Set, double HeaderHeight, double FooterHeight)>();
        foreach (var set in pageSets)
        {
            var emptyPages = 0;
            while (!set.ContentSlot.IsDone)
            {
                var number = pages.Count + 1;
                var estimate = new PageContext(number, null, new PageState());
                var (left, top, right, bottom) = set.Margins;
                var width = set.PageSize.Width - left - right;
                var headerHeight = HeightOf(set.HeaderSlot, estimate, width, set.PageSize.Height);
                var footerHeight = HeightOf(set.FooterSlot, estimate, width, set.PageSize.Height);
                var content = new Size(width, set.PageSize.Height - top - bottom - headerHeight - footerHeight);

                var plan = set.ContentSlot.Measure(estimate, content);
                if (plan.IsWrap)
                {
                    throw new DocumentLayoutException(
                        $"Content on page {number} does not fit even on an empty page ({content.Width:0} × {content.Height:0} pt): " +
                        "an image, table row or fixed height is larger than the page.");
                }

                emptyPages = plan.Height > Size.Epsilon ? 0 : emptyPages + 1;
                if (emptyPages > MaxEmptyPages)
                {
                    throw new DocumentLayoutException($"The content stopped making progress at page {number}.");
                }

                var page = pdf.AddPage();
                page.Width = XUnitPt.FromPoint(set.PageSize.Width);
                page.Height = XUnitPt.FromPoint(set.PageSize.Height);
                using (var canvas = new PdfCanvas(() => XGraphics.FromPdfPage(page), fonts, images, estimate.State))
                {
                    canvas.Translate(left, top + headerHeight);
                    set.ContentSlot.Draw(new DrawContext(canvas, estimate), content);
                }

                pages.Add((page, set, headerHeight, footerHeight));
            }
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var (page, set, headerHeight, footerHeight) = pages[i];
            var context = new PageContext(i + 1, pages.Count, new PageState());
            var (left, top, right, bottom) = set.Margins;
            var width = set.PageSize.Width - left - right;
            using var canvas = new PdfCanvas(() => XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append), fonts, images, context.State);
            DrawFresh(set.HeaderSlot, canvas, context, left, top, new Size(width, headerHeight));
            DrawFresh(set.FooterSlot, canvas, context, left, set.PageSize.Height - bottom - footerHeight, new Size(width, footerHeight));
        }

        pdf.Save(output, false);
    }

    private static double HeightOf(Slot slot, PageContext page, double width, double pageHeight)
    {
        slot.Reset();
        var plan = slot.Measure(page, new Size(width, pageHeight / 3));
        return plan.Type == SpacePlanType.Full
            ? plan.Height
            : throw new DocumentLayoutException("A page header or footer is taller than a third of the page.");
    }

    private static void DrawFresh(Slot slot, PdfCanvas canvas, PageContext page, double x, double y, Size size)
    {
        slot.Reset();
        canvas.Translate(x, y);
        slot.Draw(new DrawContext(canvas, page), size);
        canvas.Translate(-x, -y);
    }
}
