namespace Claims.Documents.Pdf.Layout;

internal enum SpacePlanType : byte
{
    /// <summary>Nothing fits here: try again on the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything that is left fits.</summary>
    Full,
}

/// <summary>An element's answer to "how much of you fits in this space?" (QuestPDF's SpacePlan).</summary>
internal readonly record struct SpacePlan(SpacePlanType Type, double Width, double Height)
{
    public static readonly SpacePlan Wrap = new(SpacePlanType.Wrap, 0, 0);

    public static SpacePlan Full(double width, double height) => new(SpacePlanType.Full, width, height);

    public static SpacePlan Partial(double width, double height) => new(SpacePlanType.Partial, width, height);

    public bool IsWrap => Type == SpacePlanType.Wrap;

    public bool IsPartial => Type == SpacePlanType.Partial;
}
