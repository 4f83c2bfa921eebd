namespace Claims.Lifecycle;

/// <summary>
/// How long each kind of free text may be, checked by the deciders so the pages, the API, the CLI and the import all
/// refuse the same way. A reference (bank transfer, statement line) is short; a reason fits a few paragraphs. A
/// megabyte of reason made a 7 MB claim page and a packet that took seconds: limits keep every page and packet small.
/// </summary>
public static class TextLimits
{
    public const int MaxReference = 100;

    public const int MaxReason = 2000;

    /// <summary>A refusal naming the field ("reference" or "reason") when the text is too long or holds a NUL.</summary>
    public static Refusal? Check(string field, string? text, int max)
    {
        if (text is null)
            return null;
        if (text.Contains('\0'))
            return new Refusal("text.nul", $"The {field} holds a NUL character (\\0), which no field may hold. Type it again.");
        return text.Length > max
            ? new Refusal($"{field}.too-long", $"The {field} is {text.Length:N0} characters long; it may be at most {max:N0}.")
            : null;
    }

    public static Refusal? Reference(string? text) => Check("reference", text, MaxReference);

    public static Refusal? Reason(string? text) => Check("reason", text, MaxReason);
}
