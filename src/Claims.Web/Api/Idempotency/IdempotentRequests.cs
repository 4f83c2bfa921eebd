using System.Security.Cryptography;

namespace Claims.Web.Api.Idempotency;

/// <summary>
/// The API honours an Idempotency-Key header on every POST: the first request with a key runs and its answer is kept;
/// the same request again with that key (a client's retry after a timeout, a double submit) gets the same answer
/// (header Idempotent-Replayed: true) and nothing is done twice. The key belongs to the signed-in user. Reusing a key
/// for another request is 422; a key whose first request is still running is 409. A failure on our side (5xx) keeps
/// nothing, so a retry runs again.
/// </summary>
public static class IdempotentRequests
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 100;

    public static IServiceCollection AddApiIdempotency(this IServiceCollection services)
    {
        services.AddSingleton<IdempotencyStore>();
        return Claims.Infrastructure.Schema.SchemaServiceCollectionExtensions.AddMigrations(services, [.. IdempotencyMigrations.All]);
    }

    public static IApplicationBuilder UseApiIdempotency(this IApplicationBuilder app) =>
        app.UseWhen(
            c => HttpMethods.IsPost(c.Request.Method) && c.Request.Path.StartsWithSegments("/api") && c.Request.Headers.ContainsKey(Header)
                && c.User.Identity?.IsAuthenticated == true,
            b => b.Use(RunOnceAsync));

    private static async Task RunOnceAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length is 0 or > MaxKeyLength || !key.All(c => c is > ' ' and < '\u007f'))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Idempotency-Key",
                detail: $"An Idempotency-Key is 1 to {MaxKeyLength} printable ASCII characters, for example a UUID.").ExecuteAsync(context);
            return;
        }
        var user = context.User.Identity!.Name!;
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var fingerprint = await FingerprintAsync(context.Request, context.RequestAborted);
        var kept = await store.ClaimAsync(user, key, fingerprint, context.RequestAborted);
        if (kept is not null)
        {
            await AnswerAgainAsync(context, kept, fingerprint);
            return;
        }

        var original = context.Response.Body;
        using var copy = new MemoryStream();
        context.Response.Body = copy;
        var answered = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode < 500)
            {
                await store.KeepAsync(user, key, context.Response.StatusCode, context.Response.ContentType, copy.ToArray(), CancellationToken.None);
                answered = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!answered)
                await store.ReleaseAsync(user, key);
        }
        copy.Position = 0;
        await copy.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task AnswerAgainAsync(HttpContext context, KeptAnswer kept, string fingerprint)
    {
        if (kept.Fingerprint != fingerprint)
        {
            await Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key used for another request",
                detail: "This Idempotency-Key was already used for a different request. Use a new key for a new request.").ExecuteAsync(context);
            return;
        }
        if (kept.Status is not { } status)
        {
            await Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request still running",
                detail: "The first request with this Idempotency-Key is still being processed. Try again in a moment.").ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = status;
        if (kept.ContentType is { } type)
            context.Response.ContentType = type;
        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(kept.Body ?? [], context.RequestAborted);
    }

    // The same request: method, path with query, and a hash of the body (read once, then rewound for the endpoint).
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, ct);
        request.Body.Position = 0;
        return $"{request.Method} {request.Path}{request.QueryString} {Convert.ToHexString(hash)}";
    }
}
