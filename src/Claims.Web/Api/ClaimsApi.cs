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
        api.MapPost("/signin", SignInAsync).AllowAnonymous()
            .Described("signIn", "Sign in: sets the session cookie the other calls need")
            .Produces<SignedInResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/signout", async (HttpContext http, UserDirectory users) =>
        {
            await http.SignOutAndEndSessionAsync(users);
            return Results.NoContent();
        }).Described("signOut", "Sign out: ends this session, so the cookie (and any copy of it) stops working").Produces(StatusCodes.Status204NoContent)
            .SignedInProblems().PostProblems();
        api.MapPost("/incidents", ReportAsync).RequireAuthorization(Permission.ReportIncident.Policy())
            .Described("reportIncident", "Report an incident: assessed against the carrier's contract at once (201), or 200 when that waybill's claim exists")
            .Produces<ClaimResponse>(StatusCodes.Status201Created).Produces<ClaimResponse>().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .SignedInProblems().PostProblems();
        api.MapGet("/claims", ListAsync).RequireAuthorization(Permission.ViewClaims.Policy())
            .Described("listClaims", "The claims register, soonest deadline first, filtered and paged")
            .Produces<ClaimListResponse>().ProducesProblem(StatusCodes.Status400BadRequest).SignedInProblems();
        api.MapGet("/claims/{id}", GetAsync).RequireAuthorization(Permission.ViewClaims.Policy())
            .Described("getClaim", "One claim with its timeline (id as listed, e.g. claim:ZTO:ZT123:forward, URL-encoded)")
            .Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status404NotFound).SignedInProblems();
        foreach (var (step, permission) in ClaimSteps.Permissions)
            api.MapPost($"/claims/{{id}}/{step}", (string id, StepRequest request, ClaimActions actions, ClaimReader reader, HttpContext http, CancellationToken ct) =>
                StepAsync(id, step, request, actions, reader, http, ct)).RequireAuthorization(permission.Policy())
                .Described("claim" + char.ToUpperInvariant(step[0]) + step[1..], StepSummaries[step])
                .Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
                .SignedInProblems().PostProblems();
        api.MapPost("/claims/{id}/evidence", AttachAsync).RequireAuthorization(Permission.UploadEvidence.Policy()).RefuseFormBodies()
            .Described("attachEvidence", "Attach a photo or PDF as the raw request body (fileName in the query); stored once per content")
            .Accepts<Stream>("application/octet-stream", "image/jpeg", "image/png", "application/pdf")
            .Produces<EvidenceItem>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .SignedInProblems().PostProblems();
        return app;
    }

    private static readonly Dictionary<string, string> StepSummaries = new()
    {
        ["file"] = "File the claim with the carrier (on: the day filed, default today)",
        ["answer"] = "Record the carrier's answer (answer: accept, dispute or counter; amount for a counter-offer)",
        ["pay"] = "Record money the carrier paid (amount, reference; on defaults to today)",
        ["waive"] = "Waive the claim (reason)",
        ["close"] = "Close the claim (reason)",
        ["reopen"] = "Reopen a waived or closed claim (reason)",
        ["override"] = "Override the assessed amount (amount, reason)",
        ["note"] = "Add a note to the timeline (reason)",
    };

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
        return Results.Ok(new SignedInResponse(user.Name, user.Role));
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
        return Results.Ok(new ClaimListResponse(list.Total, list.Page, list.PageSize, list.Rows));
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
