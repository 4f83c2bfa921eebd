using Serilog;
using Serilog.Context;
using Serilog.Events;

namespace Claims.Web.Hosting;

/// <summary>
/// One log line per request by Serilog's request logging (method, path, status, elapsed, user), with a correlation
/// id: taken from the X-Correlation-Id header when an integration sends one, else made here, and echoed back so a
/// user can quote it to support.
/// </summary>
public static class RequestLogging
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public static IApplicationBuilder UseClaimsRequestLogging(this IApplicationBuilder app)
    {
        // First, so the request's completion line and everything logged while it runs carry the id.
        app.Use(async (context, next) =>
        {
            var correlationId = CorrelationIdFrom(context);
            context.TraceIdentifier = correlationId;
            context.Response.Headers[CorrelationHeader] = correlationId;
            using (LogContext.PushProperty("CorrelationId", correlationId))
                await next(context);
        });
        return app.UseSerilogRequestLogging(o =>
        {
            // This host's logger (AddSerilog registers it), not the static Log.Logger the middleware falls back to.
            o.Logger = app.ApplicationServices.GetService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {User}";
            o.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("User", context.User.Identity?.Name ?? "anonymous");
            o.GetLevel = (context, _, ex) => ex is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        });
    }

    private static string CorrelationIdFrom(HttpContext context)
    {
        var given = context.Request.Headers[CorrelationHeader].ToString();
        // Accept only short, printable ids from outside so a header cannot inject into the logs.
        return given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? given
            : Guid.NewGuid().ToString("N");
    }
}
