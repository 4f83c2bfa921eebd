using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Claims.Web.Hosting;

/// <summary>
/// A request the framework could not read (missing query value, unreadable body, body over the size limit) is the
/// caller's mistake: answer with its own 4xx status as ProblemDetails, never a 500 that looks like our fault.
/// </summary>
public sealed class BadRequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
            return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        };
        if (bad.InnerException is JsonException json)
            Explain(context.ProblemDetails, json);
        return await problems.TryWriteAsync(context);
    }

    // The framework's own text ("Failed to read parameter ... as JSON") names neither the field nor the place, and the
    // JSON reader's names .NET types; an integrator needs the field and the position to fix the request.
    private static void Explain(Microsoft.AspNetCore.Mvc.ProblemDetails problem, JsonException json)
    {
        var where = $"line {(json.LineNumber ?? 0) + 1}, byte {(json.BytePositionInLine ?? 0) + 1}";
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        problem.Detail = field is null
            ? $"The request body is not valid JSON for this request ({where}). Send one JSON object as described in /openapi/v1.json."
            : $"The field {field} has the wrong type or is malformed ({where}). Send it as described in /openapi/v1.json "
              + "(text, amounts and dates are JSON strings, for example an amount 128.50 and a date 2026-04-14; the version is a number).";
        if (field is not null)
            problem.Extensions["field"] = field;
    }
}
