using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Claims.Web.Security;

/// <summary>Cookie sign-in, one policy per <see cref="Permission"/>, and API calls answered 401/403 instead of redirects.</summary>
public static class SecurityServices
{
    /// <summary>The sign-in cookie's name (the OpenAPI document names it as the security scheme).</summary>
    public const string CookieName = "claims.auth";

    public static string Policy(this Permission permission) => permission.ToString();

    public static IServiceCollection AddClaimsSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(o =>
        {
            foreach (var (permission, roles) in PermissionMatrix.Holders)
                o.AddPolicy(permission.Policy(), p => p.RequireAuthenticatedUser().RequireRole(roles));
            // A page or endpoint that names no permission still needs a signed-in user.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "claims.af";
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? "";

    public static bool May(this ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && PermissionMatrix.Allows(user.Role(), permission);

    // Integrations get a status code; people get the sign-in page (401) or a "not allowed" page (403).
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}
