using System.Globalization;
using Claims.Lifecycle;

namespace Claims.Evidence;

/// <summary>Decides whether a file may be kept as evidence, from its name, its first bytes and its size.</summary>
public static class EvidenceCheck
{
    public const int MaxFileNameLength = 255;

    /// <summary>The kind of an acceptable file, or the refusal to show.</summary>
    public static (FileKind? Kind, Refusal? Refusal) Check(string fileName, ReadOnlySpan<byte> head, long size, long maxBytes)
    {
        if (fileName.Length == 0)
            return Refuse("evidence.no-name", "The file needs a name with its extension (such as photo.jpg).");
        if (fileName.Length > MaxFileNameLength)
            return Refuse("evidence.name-too-long", $"The file name is longer than {MaxFileNameLength} characters; rename the file shorter.");
        if (size == 0)
            return Refuse("evidence.empty", $"{fileName} is empty (0 bytes): check that it was saved or downloaded completely.");
        if (size > maxBytes)
            return Refuse("evidence.too-large",
                $"{fileName} is larger than the {Size(maxBytes)} limit for evidence: attach a smaller copy (a compressed photo, fewer PDF pages) or raise Evidence:MaxBytes.");
        var kind = FileKinds.Detect(head);
        if (kind is null)
            return Refuse("evidence.type-not-allowed",
                $"{fileName} is not a photo, screenshot or PDF (its content is none of {FileKinds.AcceptedList}). Save it in one of those types; put written text in a note (claims note).");
        var named = FileKinds.ByExtension(fileName);
        if (named != kind)
        {
            var stem = Path.GetFileNameWithoutExtension(fileName);
            var promise = named is null ? $"has the extension '{Path.GetExtension(fileName)}'" : $"is named as a {named.Name}";
            return Refuse("evidence.extension-mismatch",
                $"{fileName} {promise} but its content is a {kind.Name}: rename it to {stem}{kind.Extensions[0]} or attach the file you meant.");
        }
        return (kind, null);
    }

    /// <summary>A size as people read it: 512 B, 12.5 KB, 20 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => Scaled(bytes, 1024m, "KB"),
        _ => Scaled(bytes, 1024m * 1024m, "MB"),
    };

    private static string Scaled(long bytes, decimal unit, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / unit, 1):0.#} {name}");

    private static (FileKind?, Refusal?) Refuse(string code, string message) => (null, new Refusal(code, message));
}
