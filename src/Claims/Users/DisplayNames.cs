namespace Claims.Users;

/// <summary>
/// Sign-in names (what events record as their actor) to the names people know each other by, read once per page or
/// document: a shop has tens of users, so one small query beats a lookup per timeline line.
/// </summary>
public sealed class DisplayNames(IReadOnlyDictionary<string, string> byLogin)
{
    public static readonly DisplayNames None = new(new Dictionary<string, string>());

    /// <summary>
    /// The display name of <paramref name="login"/>, else the login itself (a person no longer in the directory, a CLI's
    /// OS user). The scheduled worker stays <c>system</c>, whoever the directory holds, for the readers' "系统".
    /// </summary>
    public string Of(string login) =>
        login != Infrastructure.EventStore.Actor.System.Name && byLogin.TryGetValue(login, out var shown) ? shown : login;
}
