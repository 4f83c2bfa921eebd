using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Claims.Web.Localization;

/// <summary>Simplified Chinese and English: chosen from the browser's Accept-Language, overridden by the /lang/{code} cookie.</summary>
public static class Languages
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static IApplicationBuilder UseClaimsLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese, English],
            SupportedUICultures = [Chinese, English],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        });

    /// <summary>GET /lang/en?returnUrl=/queue: remember the language for a year and go back (local URLs only).</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lang/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            var culture = code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Control characters (a tab, a line break) cannot go into a Location header: such a URL goes home instead.
            var back = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                && !returnUrl.Any(char.IsControl)
                ? returnUrl : "/";
            return Results.LocalRedirect(back);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
