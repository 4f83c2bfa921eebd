using System.Text;
using Claims.Evidence;

namespace Claims.Tests.Evidence;

public sealed class FileKindsTests
{
    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000", "image/gif")]
    [InlineData("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ", "image/webp")]
    [InlineData("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000", "image/heic")]
    [InlineData("\u0000\u0000\u0000\u001cftypmif1\u0000\u0000", "image/heic")]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3", "application/pdf")]
    public void a_file_is_known_by_its_first_bytes(string head, string contentType) =>
        Assert.Equal(contentType, FileKinds.Detect(Encoding.Latin1.GetBytes(head))?.ContentType);

    [Theory]
    [InlineData("\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000")] // an MP4 video shares the box layout but not the brand
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000")] // a Word or Excel file
    [InlineData("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")] // a WAV recording
    [InlineData("包裹破损")]
    public void other_files_are_not_taken_for_evidence_types(string head) =>
        Assert.Null(FileKinds.Detect(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void an_iphone_photo_may_be_named_heic_or_heif_and_a_jpeg_jpg_or_jpeg_in_any_case()
    {
        Assert.Equal(FileKinds.Heic, FileKinds.ByExtension("IMG_0042.HEIF"));
        Assert.Equal(FileKinds.Jpeg, FileKinds.ByExtension("box.JPEG"));
        Assert.Null(FileKinds.ByExtension("box"));
    }
}
