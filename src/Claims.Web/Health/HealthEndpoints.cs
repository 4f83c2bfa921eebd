using Claims.Infrastructure.Postgres;
using Npgsql;

namespace Claims.Web.Health;

/// <summary>/health: 200 when the database answers, 503 with the reason when it does not (load balancers and people).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (NpgsqlDataSource db, ClaimsDatabase database, HttpContext http, CancellationToken ct) =>
        {
            // A load balancer (anonymous) learns whether the app works; only a signed-in person learns where its data
            // is (the data folder, or host, port and database) and what the driver said.
            var signedIn = http.User.Identity?.IsAuthenticated == true;
            var where = signedIn ? DatabaseDescription.Of(database) : null;
            try
            {
                await using var command = db.CreateCommand("select 1");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await command.ExecuteScalarAsync(timeout.Token);
                return signedIn ? Results.Ok(new { status = "healthy", database = where }) : Results.Ok(new { status = "healthy" });
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                var error = "the database does not answer" + (signedIn ? ": " + ex.Message : "");
                return signedIn
                    ? Results.Json(new { status = "unhealthy", database = where, error }, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(new { status = "unhealthy", error }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().WithName("Health");
        return app;
    }
}
