namespace Claims.Users;

/// <summary>
/// A person who signs in: the name is what events record as the actor; the display name (张伟) is how pages, packets and
/// the CLI show them, the name when none is set.
/// </summary>
public sealed record UserAccount(string Name, string Role, DateTimeOffset CreatedAt, string? DisplayName = null)
{
    public const int MaxDisplayNameLength = 64;

    public string Shown => DisplayName ?? Name;
}

/// <summary>
/// How a sign-in attempt ended: the user and the new session's id, or nothing (wrong name or password), or how long to
/// wait before the next try from this source for this name (<see cref="RetryAfter"/>), the same for names that exist and
/// names that do not.
/// </summary>
public sealed record SignInResult(UserAccount? User, string? SessionId, TimeSpan? RetryAfter)
{
    public bool Succeeded => User is not null;
}

/// <summary>Where a user's daily digest goes (no address: the in-app inbox only), whether it goes, and in which language.</summary>
public sealed record NotificationSettings(string? Email, bool Digest, string Language)
{
    public const int MaxEmailLength = 254;

    public static readonly IReadOnlyList<string> Languages = ["zh", "en"];
}

/// <summary>A user as the digest sees them.</summary>
public sealed record DigestRecipient(string Name, string Role, NotificationSettings Settings);
