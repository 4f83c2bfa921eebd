namespace Claims.Web.Security;

/// <summary>
/// The API's defence against another site making the user's browser call it with their cookie (the cookie is SameSite
/// Lax, which already keeps it off cross-site posts in current browsers; this does not rely on that). A browser names
/// the page's origin on every non-GET request: one that is not this app's is refused (403). And an upload must say what
/// it is in a Content-Type a plain HTML form cannot send (a form sends only url-encoded, multipart or text/plain bodies,
/// and needs no permission from us to do so), so a cross-site form post is refused (415) whatever the browser.
/// Clients that are not browsers send no Origin and are unaffected.
/// </summary>
public static class CrossSiteGuard
{
    private static readonly string[] FormTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public static RouteGroupBuilder RefuseCrossSite(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || SameOrigin(request))
                return await next(context);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                detail: "This request came from a page of another site; the API takes changes only from this app's own pages and from clients that are not browsers.");
        });
        return api;
    }

    // The upload also declares the types it takes (Accepts, for the OpenAPI document), so routing answers 415 to any other
    // type before this runs; this still refuses a body sent without a type, and keeps the rule where it is explained.
    public static RouteHandlerBuilder RefuseFormBodies(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var type = context.HttpContext.Request.ContentType?.Split(';')[0].Trim() ?? "";
            if (type.Length > 0 && !FormTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                return await next(context);
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file's own content type",
                detail: "Upload the file as the raw request body with its type (application/pdf, image/jpeg, image/png or application/octet-stream); form posts are not accepted here.");
        });

    private static bool SameOrigin(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
            return false;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return true;
        // The authority only: behind a TLS-terminating proxy the page is https and this request arrives as http.
        return Uri.TryCreate(origin, UriKind.Absolute, out var page) && string.Equals(page.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
