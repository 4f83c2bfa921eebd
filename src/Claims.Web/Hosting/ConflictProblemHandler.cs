using Claims.Infrastructure.EventStore;
using Microsoft.AspNetCore.Diagnostics;

namespace Claims.Web.Hosting;

/// <summary>
/// Two people changed the same claim at once: the loser gets HTTP 409 with the store's user-readable message
/// ("Someone else changed this claim … Reload and try again."), never a raw database error.
/// </summary>
public sealed class ConflictProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ConcurrencyException conflict)
            return false;
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status409Conflict, Title = "Changed by someone else", Detail = conflict.Message },
        });
    }
}
