using System.Net;
using Claims.Infrastructure.Postgres;
using Claims.Web.Health;

namespace Claims.Web.Home;

/// <summary>The landing page until the full UI lands: what this is and which database it uses.</summary>
public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (ClaimsDatabase database) =>
        {
            var where = WebUtility.HtmlEncode(DatabaseDescription.Of(database));
            var html = $"""
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>Claims 物流索赔</title></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
                <h1>Claims 物流索赔</h1>
                <p>Logistics claims and carrier contract tracker.</p>
                <p>Database 数据库: {where}</p>
                <p><a href="/health">/health</a></p>
                </body></html>
                """;
            return Results.Content(html, "text/html; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }
}
