using Claims.Users;

namespace Claims.Web.Localization;

/// <summary>
/// Who recorded something, as a reader says it: the scheduled worker is "the system" in the page's language, a user
/// their display name (张伟) when one is set.
/// </summary>
public static class Who
{
    public static string Name(string? login, DisplayNames? names = null) =>
        string.IsNullOrEmpty(login) ? "—" : login == Claims.Infrastructure.EventStore.Actor.System.Name ? Text.T("who.system") : (names ?? DisplayNames.None).Of(login);
}
