namespace Claims.Notifications;

/// <summary>One line of a digest, already in the reader's language; a claim's line links to the claim.</summary>
public sealed record DigestItem(string Text, string? ClaimId = null, bool Overdue = false);

public sealed record DigestSection(string Title, IReadOnlyList<DigestItem> Items, int More = 0);

/// <summary>The work that is one user's on one day, in their language: sections of lines, soonest deadline first.</summary>
public sealed record Digest(string User, string Role, DateOnly Day, string Language, IReadOnlyList<DigestSection> Sections)
{
    public bool IsEmpty => Sections.All(s => s.Items.Count == 0);

    public int Count => Sections.Sum(s => s.Items.Count + s.More);
}
