using Claims.Documents.Pdf;

namespace Claims.Finance.Packets.Sections;

/// <summary>The evidence on file, pictures shown as thumbnails beside their name, size and who attached them.</summary>
internal sealed class EvidenceSection(ClaimPacketModel model) : IComponent
{
    private const double ThumbnailWidth = 96;
    private const double ThumbnailHeight = 72;

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
                column.Item().Row(row =>
                {
                    row.Spacing(8);
                    if (item.Thumbnail is { } picture)
                        row.ConstantItem(ThumbnailWidth).Height(ThumbnailHeight).Background(Colors.Shade).AlignCenter().Image(picture, ImageScaling.FitArea);
                    row.RelativeItem().Text(t =>
                    {
                        t.Span($"{i}. {item.FileName}").Bold();
                        t.Span($"\n{item.ContentType}, {Labels.Size(item.SizeBytes)}; {Labels.Moment(item.AttachedAt)} by {item.AttachedBy}").Style(Typography.Small);
                    });
                });
            }
        });
}
