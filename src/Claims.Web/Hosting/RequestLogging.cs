using System.Diagnostics;
using Serilog.Context;

namespace Claims.Web.Hosting;

/// <summary>
/// One log line per request (method, path, status, elapsed, user) with a correlation id: taken from the
/// X-Correlation-Id header when an integration sends one, else made here, and echoed back so a user can
/// quote it to support. Serilog.AspNetCore is not on the feed, hence this small middleware.
/// </summary>
public static class RequestLogging
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IApplicationBuilder UseClaimsRequestLogging(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var correlationId = CorrelationIdFrom(context);
            context.TraceIdentifier = correlationId;
            context.Response.Headers[CorrelationHeader] = correlationId;
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Claims.Web.Request");
            var watch = Stopwatch.StartNew();
            using (LogContext.PushProperty("CorrelationId", correlationId))
            {
                try
                {
                    await next(context);
                }
                finally
                {
                    var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
                    log.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms for {User}",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                        watch.Elapsed.TotalMilliseconds, context.User.Identity?.Name ?? "anonymous");
                }
            }
        });

    private static string CorrelationIdFrom(HttpContext context)
    {
        var given = context.Request.Headers[CorrelationHeader].ToString();
        // Accept only short, printable ids from outside so a header cannot inject into the logs.
        return given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? given
            : Guid.NewGuid().ToString("N");
    }
}
