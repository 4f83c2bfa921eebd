namespace Claims.Web.Security;

/// <summary>
/// Browser-side defences for every response: no framing (clickjacking on the action forms), no MIME sniffing (uploaded
/// evidence is served back), no referrer leaving the site, and a CSP allowing only the app's own styles, images and
/// script files. The one script (wwwroot/js: evidence sizes checked before upload) is a file of the app: no inline
/// script, no eval, nothing from elsewhere runs. Uploaded evidence cannot serve as a script either: it is answered with
/// its image or PDF type and nosniff, which browsers refuse to run.
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
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
