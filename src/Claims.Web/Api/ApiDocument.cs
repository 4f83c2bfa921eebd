using Claims.Web.Api.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Claims.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, made true to what the server answers: each operation names its responses
/// (ProblemDetails for every error), the cookie sign-in is the security scheme, and every POST takes an Idempotency-Key.
/// A test calls every operation validly and invalidly and checks each answer is one the document lists.
/// </summary>
public static class ApiDocument
{
    public const string CookieScheme = "cookie";

    public static IServiceCollection AddClaimsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Claims API";
                document.Info.Description = "Claims against express carriers: report incidents, take each claim through filing, the carrier's answer "
                    + "and payment, attach evidence. Sign in with POST /api/signin; the session cookie it sets authorises the other calls. "
                    + "Errors are RFC 9457 problem details. Amounts are decimal strings in requests and numbers in responses; dates are yyyy-MM-dd.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = Security.SecurityServices.CookieName,
                    Description = "The session cookie POST /api/signin sets. It ends on POST /api/signout, a role change or a new password.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var signedIn = !context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
                if (signedIn)
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] });
                }
                if (string.Equals(context.Description.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)
                    && context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true && signedIn)
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = IdempotentRequests.Header,
                        In = ParameterLocation.Header,
                        Required = false,
                        Description = "Any unique string (a UUID): the same request again with the same key gets the first answer "
                            + "(header Idempotent-Replayed: true) and is not done twice; the key used for another request is 422, "
                            + "while its first request still runs 409.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
                    });
                }
                return Task.CompletedTask;
            });
        });

    /// <summary>Operation id and summary.</summary>
    public static RouteHandlerBuilder Described(this RouteHandlerBuilder endpoint, string operationId, string summary) =>
        endpoint.WithName(operationId).WithSummary(summary);

    /// <summary>What any signed-in call may meet: not signed in, a role without the permission (or a page of another site), the database away.</summary>
    public static RouteHandlerBuilder SignedInProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>What a POST may meet besides: an unreadable body, and an Idempotency-Key still running (409) or reused (422).</summary>
    public static RouteHandlerBuilder PostProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
