namespace Claims.Users;

/// <summary>A person who signs in: the name is what events record as the actor.</summary>
public sealed record UserAccount(string Name, string Role, DateTimeOffset CreatedAt);

/// <summary>
/// How a sign-in attempt ended: the user and the new session's id, or nothing (wrong name or password), or how long to
/// wait before the next try from this source for this name (<see cref="RetryAfter"/>), the same for names that exist and
/// names that do not.
/// </summary>
public sealed record SignInResult(UserAccount? User, string? SessionId, TimeSpan? RetryAfter)
{
    public bool Succeeded => User is not null;
}
