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
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        });
    }
}
