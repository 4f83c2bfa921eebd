namespace Claims.Web.Security;

/// <summary>
/// Browser-side defences for every response: no framing (clickjacking on the action forms), no MIME sniffing (uploaded
/// evidence is served back), no referrer leaving the site, and a CSP allowing only the app's own styles and images.
/// The pages use no script at all, so none is allowed.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set as the response starts: an error handled further in clears the headers written before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
