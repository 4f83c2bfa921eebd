using Claims.Infrastructure.Postgres;
using Npgsql;

namespace Claims.Web.Health;

/// <summary>/health: 200 when the database answers, 503 with the reason when it does not (load balancers and people).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (NpgsqlDataSource db, ClaimsDatabase database, CancellationToken ct) =>
        {
            var where = DatabaseDescription.Of(database);
            try
            {
                await using var command = db.CreateCommand("select 1");
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await command.ExecuteScalarAsync(timeout.Token);
                return Results.Ok(new { status = "healthy", database = where });
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
            {
                return Results.Json(new { status = "unhealthy", database = where, error = "the database does not answer: " + ex.Message },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().WithName("Health");
        return app;
    }
}
