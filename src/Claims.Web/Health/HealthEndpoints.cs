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
                return Results.Ok(new HealthStatus("healthy", where, null));
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                var error = "the database does not answer" + (signedIn ? ": " + ex.Message : "");
                return Results.Json(new HealthStatus("unhealthy", where, error), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().WithName("health").WithSummary("Whether the app and its database work (where the data is: signed-in callers only)")
            .Produces<HealthStatus>().Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}

/// <summary>What /health says; <see cref="Database"/> only to a signed-in caller.</summary>
public sealed record HealthStatus(
    string Status,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Database,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error);
