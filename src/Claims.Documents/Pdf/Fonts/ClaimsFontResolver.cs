using PdfSharp.Fonts;

namespace Claims.Documents.Pdf.Fonts;

/// <summary>
/// PDFsharp's font source: every family the documents ask for maps to the located CJK face. Bold is simulated
/// (PDFsharp strokes the outline) because CJK system fonts rarely ship a bold face in the same file.
/// </summary>
internal sealed class ClaimsFontResolver(Func<FontFaces> load) : IFontResolver
{
    public const string SansFamily = "Claims Sans";
    public const string MonoFamily = "Claims Mono";
    private const string SansFace = "claims-sans";
    private const string MonoFace = "claims-mono";

    private readonly Lazy<FontFaces> _faces = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    public FontFaces Faces => _faces.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(familyName == MonoFamily ? MonoFace : SansFace, mustSimulateBold: isBold, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName == MonoFace ? Faces.Mono : Faces.Sans;
}
