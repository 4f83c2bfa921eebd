namespace Claims.Documents.Pdf.Fonts;

/// <summary>The faces taken from the located font file: a proportional one, and a fixed-pitch one if the collection has it.</summary>
internal sealed record FontFaces(string File, byte[] Sans, byte[] Mono, string? SansName, string? MonoName)
{
    public static FontFaces Load(string file)
    {
        var bytes = System.IO.File.ReadAllBytes(file);
        var faces = Enumerable.Range(0, TrueTypeCollection.FaceCount(bytes))
            .Select(i => (Index: i, Name: TrueTypeCollection.FamilyName(bytes, i)))
            .ToList();
        static bool IsMono((int Index, string? Name) face) => face.Name?.Contains("Mono", StringComparison.OrdinalIgnoreCase) == true;
        var sans = faces.FirstOrDefault(f => !IsMono(f), faces[0]);
        var mono = faces.FirstOrDefault(IsMono, sans);
        var sansBytes = TrueTypeCollection.ExtractFace(bytes, sans.Index);
        return new FontFaces(file, sansBytes, mono == sans ? sansBytes : TrueTypeCollection.ExtractFace(bytes, mono.Index), sans.Name, mono.Name);
    }
}
