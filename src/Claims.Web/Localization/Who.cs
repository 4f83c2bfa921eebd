namespace Claims.Web.Localization;

/// <summary>Who recorded something, as a reader says it: the scheduled worker is "the system" in the page's language.</summary>
public static class Who
{
    public static string Name(string? login) =>
        string.IsNullOrEmpty(login) ? "—" : login == "system" ? Text.T("who.system") : login;
}
