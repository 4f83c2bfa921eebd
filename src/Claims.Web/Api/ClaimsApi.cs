using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Claims.Users;
using Claims.Web.Security;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;

namespace Claims.Web.Api;

/// <summary>
/// The JSON API for integrations under /api: the same services as the pages and the CLI. Errors are ProblemDetails:
/// 400 unreadable input, 401 not signed in, 403 not allowed, 404 no such claim, 409 changed meanwhile, 422 refused.
/// Bodies are JSON or raw bytes (never form posts), and a change from another site's page is refused (CrossSiteGuard).
/// </summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Claims").RefuseCrossSite();
        api.MapPost("/signin", SignInAsync).AllowAnonymous();
        api.MapPost("/signout", async (HttpContext http, UserDirectory users) =>
        {
            await http.SignOutEverywhereAsync(users);
            return Results.NoContent();
        });
        api.MapPost("/incidents", ReportAsync).RequireAuthorization(Permission.ReportIncident.Policy());
        api.MapGet("/claims", ListAsync).RequireAuthorization(Permission.ViewClaims.Policy());
        api.MapGet("/claims/{id}", GetAsync).RequireAuthorization(Permission.ViewClaims.Policy());
        foreach (var (step, permission) in ClaimSteps.Permissions)
            api.MapPost($"/claims/{{id}}/{step}", (string id, StepRequest request, ClaimActions actions, ClaimReader reader, HttpContext http, CancellationToken ct) =>
                StepAsync(id, step, request, actions, reader, http, ct)).RequireAuthorization(permission.Policy()).WithName("Claim_" + step);
        api.MapPost("/claims/{id}/evidence", AttachAsync).RequireAuthorization(Permission.UploadEvidence.Policy()).RefuseFormBodies();
        return app;
    }

    private static async Task<IResult> SignInAsync(SignInRequest request, UserDirectory users, HttpContext http, CancellationToken ct)
    {
        var result = await users.SignInAsync(request.Name, request.Password, http.Source(), ct);
        if (result.RetryAfter is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                detail: $"Too many wrong tries for this name from here. Try again in {seconds} s.");
        }
        if (result.User is not { } user)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The user name or password is wrong.");
        await http.SignInAsync(user, result.SessionId!);
        return Results.Ok(new { user.Name, user.Role });
    }

    private static async Task<IResult> ReportAsync(IncidentForm form, ClaimReporting reporting, ClaimReader reader, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (incident, errors) = form.Check(time.Today());
        if (incident is null)
            return Results.ValidationProblem(errors.ToDictionary(e => Camel(e.Key), e => new[] { Localization.Texts.All[e.Value].En }),
                statusCode: StatusCodes.Status422UnprocessableEntity);
        var outcome = await reporting.ReportAsync(incident, ActorOf(http), ct);
        if (outcome.Refusal is { } refusal)
            return Refused(refusal);
        var claim = ClaimResponse.From((await reader.ReadAsync(outcome.ClaimId, ct))!);
        return outcome.Created ? Results.Created($"/api/claims/{Uri.EscapeDataString(claim.Id)}", claim) : Results.Ok(claim);
    }

    private static async Task<IResult> ListAsync(ClaimQueries queries, TimeProvider time, CancellationToken ct,
        string? carrier = null, string? status = null, string? due = null, bool overdue = false, int page = 1, int pageSize = 50, string? q = null)
    {
        if (page is < 1 or > ClaimQueries.MaxPage)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"page is from 1 to {ClaimQueries.MaxPage:D}.");
        if (pageSize is < 1 or > ClaimQueries.MaxPageSize)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"pageSize is from 1 to {ClaimQueries.MaxPageSize:D}.");
        var list = await queries.ListAsync(new ClaimFilter(carrier, status, due, overdue, false, page, pageSize, q), time.Today(), ct);
        return Results.Ok(new { list.Total, list.Page, list.PageSize, Claims = list.Rows });
    }

    private static async Task<IResult> GetAsync(string id, ClaimReader reader, CancellationToken ct) =>
        await reader.ReadAsync(id, ct) is { } claim ? Results.Ok(ClaimResponse.From(claim)) : NoSuchClaim(id);

    private static async Task<IResult> StepAsync(
        string id, string name, StepRequest request, ClaimActions actions, ClaimReader reader, HttpContext http, CancellationToken ct)
    {
        if (await reader.ReadAsync(id, ct) is null)
            return NoSuchClaim(id);
        var (step, invalid) = ClaimSteps.Build(name, request.Input);
        if (step is null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: invalid!.Code, detail: invalid.Message);
        // A ConcurrencyException here becomes 409 ProblemDetails (ConflictProblemHandler).
        var outcome = await actions.RunAsync(id, request.Version, step, ActorOf(http), ct);
        return outcome.Refusal is { } refusal ? Refused(refusal) : Results.Ok(ClaimResponse.From((await reader.ReadAsync(id, ct))!));
    }

    private static async Task<IResult> AttachAsync(string id, [FromQuery] string fileName, EvidenceStore evidence, HttpContext http, CancellationToken ct)
    {
        try
        {
            var item = await evidence.AttachAsync(id, fileName, http.Request.Body, ActorOf(http), ct);
            return Results.Ok(item);
        }
        catch (EvidenceRejectedException rejected)
        {
            return rejected.Code == "claim.not-found" ? NoSuchClaim(id) : Refused(new Refusal(rejected.Code, rejected.Message));
        }
    }

    private static Actor ActorOf(HttpContext http) => new(http.User.Identity!.Name!);

    // A text that is too long names its field ("reason", "reference"), as validation problems do.
    private static IResult Refused(Refusal refusal) =>
        refusal.Code.EndsWith(".too-long", StringComparison.Ordinal)
            ? Results.ValidationProblem(new Dictionary<string, string[]> { [refusal.Code[..^".too-long".Length]] = [refusal.Message] },
                detail: refusal.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: refusal.Code)
            : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: refusal.Code, detail: refusal.Message);

    private static IResult NoSuchClaim(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "claim.not-found", detail: $"There is no claim {id}.");

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
