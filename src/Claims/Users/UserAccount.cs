namespace Claims.Users;

/// <summary>A person who signs in: the name is what events record as the actor.</summary>
public sealed record UserAccount(string Name, string Role, DateTimeOffset CreatedAt);

/// <summary>How a sign-in attempt ended. <see cref="LockedUntil"/> is set when the account is locked.</summary>
public sealed record SignInResult(UserAccount? User, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => User is not null;
}
