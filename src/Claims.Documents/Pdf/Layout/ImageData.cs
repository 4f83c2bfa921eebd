using System.Buffers.Binary;

namespace Claims.Documents.Pdf.Layout;

/// <summary>A PNG or JPEG image and its pixel size, read from the file header so layout needs no image library.</summary>
internal sealed class ImageData
{
    private ImageData(byte[] bytes, int width, int height)
    {
        Bytes = bytes;
        PixelWidth = width;
        PixelHeight = height;
    }

    public byte[] Bytes { get; }
    public int PixelWidth { get; }
    public int PixelHeight { get; }

    public static ImageData From(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (width, height) = IsPng(bytes) ? PngSize(bytes) : IsJpeg(bytes) ? JpegSize(bytes) : (0, 0);
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentException("Only PNG and JPEG images can be placed in a document, and this one is neither (or is damaged).", nameof(bytes));
        }

        return new ImageData(bytes, width, height);
    }

    private static bool IsPng(byte[] b) => b.Length >= 24 && b.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static bool IsJpeg(byte[] b) => b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8;

    // IHDR is always the first chunk: width and height follow its type.
    private static (int, int) PngSize(byte[] b) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)));

    // Walk the segments to the first start-of-frame marker (SOF0..SOF15 except DHT, JPG and DAC).
    private static (int, int) JpegSize(byte[] b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return (0, 0);
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
            }

            i += 2 + length;
        }

        return (0, 0);
    }
}
