namespace Claims.Documents.Pdf.Layout;

internal sealed class ImageElement(ImageData image, ImageScaling scaling) : Element
{
    protected override SpacePlan MeasureCore(PageContext page, Size available)
    {
        var (width, height) = Scaled(available);
        return height <= available.Height + Size.Epsilon && width > 0 ? SpacePlan.Full(width, height) : SpacePlan.Wrap;
    }

    protected override bool DrawCore(DrawContext context, Size available)
    {
        var (width, height) = Scaled(available);
        context.Canvas.DrawImage(image, 0, 0, width, height);
        return true;
    }

    private (double Width, double Height) Scaled(Size available)
    {
        var scale = available.Width / image.PixelWidth;
        if (scaling == ImageScaling.FitArea)
        {
            scale = Math.Min(scale, available.Height / image.PixelHeight);
        }

        return (image.PixelWidth * scale, image.PixelHeight * scale);
    }
}
