using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>
/// The evidence on file: each item's name, size and who attached it, and a picture under its caption at the page's
/// width and up to half its height, large enough for the carrier to see the damage on paper.
/// </summary>
internal sealed class EvidenceSection(ClaimPacketModel model) : IComponent
{
    // Half an A4 page (842 pt) less its margins' share: a photo a reader can judge, two to a page at most.
    private const double PictureHeight = 380;

    public void Compose(IContainer container) =>
        container.Column(column =>
        {
            column.Spacing(6);
            column.Item().Heading($"证据 Evidence ({model.Evidence.Count})");
            if (model.Evidence.Count == 0)
            {
                column.Item().Text("无 None on file.", Typography.Small);
                return;
            }

            foreach (var (item, i) in model.Evidence.Select((e, i) => (e, i + 1)))
            {
                column.Item().Text(t =>
                {
                    t.Span($"{i}. {item.FileName}").Bold();
                    t.Span($"\n{item.ContentType}, {Labels.Size(item.SizeBytes)}; {Labels.Moment(item.AttachedAt)} 上传人 by {item.AttachedBy}").Style(Typography.Small);
                });
                if (item.Thumbnail is { } picture)
                    column.Item().Height(PictureHeight).AlignCenter().Image(picture, ImageScaling.FitArea);
            }
        });
}
