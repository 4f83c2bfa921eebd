using System.Security.Claims;
using Claims.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Claims.Web.Security;

/// <summary>
/// Signs a verified user in with the auth cookie: the name (the actor of their commands), the role and the session the
/// directory opened, which every request checks is still open (<see cref="SessionCheck"/>).
/// </summary>
public static class SignIns
{
    public const string SessionClaim = "claims:session";

    /// <summary>The name the header greets the user by (kept current by <see cref="SessionCheck"/>).</summary>
    public const string DisplayNameClaim = "claims:display-name";

    public static Task SignInAsync(this HttpContext http, UserAccount user, string sessionId) =>
        http.SignInAsync(Principal(user, sessionId));

    internal static ClaimsPrincipal Principal(UserAccount user, string sessionId) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), new Claim(SessionClaim, sessionId),
             new Claim(DisplayNameClaim, user.Shown)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in user's display name (their sign-in name for a cookie from before display names).</summary>
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    /// <summary>Ends this browser's session in the directory (so a copy of the cookie stops working too) and drops the cookie.</summary>
    public static async Task SignOutAndEndSessionAsync(this HttpContext http, UserDirectory users)
    {
        if (http.User.FindFirstValue(SessionClaim) is { } session)
            await users.EndSessionAsync(session, http.RequestAborted);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Where a sign-in attempt comes from, for the backoff: the client's address as the server sees it.</summary>
    public static string Source(this HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>
/// Every request's cookie is checked against the session table (one indexed read), so a sign-out, a role change or a
/// new password on any node ends the session on every node at once; the cookie alone is not enough.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var session = principal?.FindFirstValue(SignIns.SessionClaim);
        UserAccount? user;
        try
        {
            user = session is null ? null
                : await context.HttpContext.RequestServices.GetRequiredService<UserDirectory>().SessionUserAsync(session, context.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (Hosting.DatabaseDownProblemHandler.IsOutage(ex) && context.HttpContext.Request.Path.StartsWithSegments("/health"))
        {
            // The session cannot be checked while the database is away: /health answers as to anyone (that it is away),
            // the cookie stays; every other request answers 503 (DatabaseDownProblemHandler).
            context.RejectPrincipal();
            return;
        }
        if (user is not null && user.Role == principal!.FindFirstValue(ClaimTypes.Role))
        {
            // A display name an admin changed shows from the next page on (the cookie is rewritten with it).
            if (user.Shown != principal!.DisplayName())
            {
                context.ReplacePrincipal(SignIns.Principal(user, session!));
                context.ShouldRenew = true;
            }
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
