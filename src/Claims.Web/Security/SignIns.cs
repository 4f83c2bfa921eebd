using System.Security.Claims;
using Claims.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Claims.Web.Security;

/// <summary>Signs a verified user in with the auth cookie: the name (the actor of their commands) and the role.</summary>
public static class SignIns
{
    public static Task SignInAsync(this HttpContext http, UserAccount user) =>
        http.SignInAsync(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme)));
}
