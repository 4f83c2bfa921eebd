using Claims.Evidence;
using Claims.Web.Security;

namespace Claims.Web.Api;

/// <summary>GET /evidence/{sha256}: a stored evidence file for the claim page's thumbnails and downloads.</summary>
public static class EvidenceDownload
{
    public static IEndpointRouteBuilder MapEvidenceDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/evidence/{sha256}", async (string sha256, EvidenceStore evidence, HttpContext http, CancellationToken ct) =>
        {
            if (await evidence.OpenAsync(sha256, ct) is not { } file)
                return Results.NotFound();
            // Content-addressed: the bytes under a hash never change.
            http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        }).RequireAuthorization(Permission.ViewClaims.Policy()).ExcludeFromDescription();
        return app;
    }
}
