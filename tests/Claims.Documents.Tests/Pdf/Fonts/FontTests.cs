using System.Buffers.Binary;
using Claims.Documents.Pdf.Fonts;

namespace Claims.Documents.Tests.Pdf.Fonts;

public sealed class FontTests
{
    private const string Wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    [Fact]
    public void a_face_extracted_from_a_collection_is_a_valid_standalone_truetype_font()
    {
        var collection = File.ReadAllBytes(RequireFont());

        var face = TrueTypeCollection.ExtractFace(collection, 0);

        Assert.False(TrueTypeCollection.IsCollection(face));
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        Assert.Equal("WenQuanYi Micro Hei", TrueTypeCollection.FamilyName(face, 0));
        Assert.Equal(0xB1B0AFBAu, Checksum(face)); // what head.checksumAdjustment makes the whole file add up to
    }

    [Fact]
    public void the_fixed_pitch_face_of_the_collection_is_used_for_traces()
    {
        var faces = FontFaces.Load(RequireFont());

        Assert.Equal("WenQuanYi Micro Hei", faces.SansName);
        Assert.Equal("WenQuanYi Micro Hei Mono", faces.MonoName);
    }

    [Fact]
    public void a_configured_font_file_that_does_not_exist_is_named_in_the_error()
    {
        var error = Assert.Throws<FontNotFoundException>(() =>
            FontLocator.Locate("/fonts/missing.ttf", [Wqy], _ => false));

        Assert.Contains("Pdf:FontFile", error.Message);
        Assert.Contains("/fonts/missing.ttf", error.Message);
    }

    [Fact]
    public void without_any_cjk_font_the_error_says_which_package_to_install()
    {
        var error = Assert.Throws<FontNotFoundException>(() => FontLocator.Locate(null, FontLocator.SystemCandidates(), _ => false));

        Assert.Contains("apt-get install fonts-wqy-microhei", error.Message);
        Assert.Contains("Pdf:FontFile", error.Message);
    }

    [Fact]
    public void a_configured_font_wins_over_system_fonts()
    {
        var found = FontLocator.Locate("/srv/fonts/company.ttf", [Wqy], _ => true);

        Assert.Equal("/srv/fonts/company.ttf", found);
    }

    [Fact]
    public void the_first_system_font_present_is_chosen()
    {
        var found = FontLocator.Locate(null, ["/a.ttc", "/b.ttc", "/c.ttc"], path => path != "/a.ttc");

        Assert.Equal("/b.ttc", found);
    }

    private static string RequireFont() =>
        File.Exists(Wqy) ? Wqy : throw new InvalidOperationException("fonts-wqy-microhei is not installed; run ./build.sh test, which installs it.");

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i)));
        }

        return sum;
    }
}
