using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Claims.Web.Hosting;

/// <summary>
/// The database cannot be reached (stopped, restarting, network gone), or refuses saves while the read models are
/// rebuilt: answer 503 with Retry-After as ProblemDetails, so callers retry instead of reading a 500 as our bug (a
/// repeated report of the same waybill is not duplicated).
/// </summary>
public sealed class DatabaseDownProblemHandler(IProblemDetailsService problems, ILogger<DatabaseDownProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is Infrastructure.EventStore.ReadModelsRebuildingException && !httpContext.Response.HasStarted)
        {
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "60";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Read models being rebuilt", Detail = exception.Message },
            });
        }
        if (!IsOutage(exception) || httpContext.Response.HasStarted)
            return false;
        // A handled exception is not logged by the framework (.NET 10): the operator still needs to see why.
        logger.LogWarning(exception, "{Method} {Path} answered 503: the database is unavailable", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Database unavailable", Detail = "The database does not answer. Try again shortly." },
        });
    }

    // Connection-level (transient) failures, and the server's own "shutting down / starting up" refusals (class 57P, 08).
    internal static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg)
                return pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal);
            // Not every driver error is an outage: "a command is already in progress" is our bug and must stay a 500.
            if (e is NpgsqlException npgsql)
                return npgsql.IsTransient;
        }
        return false;
    }
}
