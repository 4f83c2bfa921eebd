using System.Text.Encodings.Web;
using System.Text.Unicode;
using Claims.Web.Api;
using Claims.Web.Api.Idempotency;
using Claims.Web.Work;
using Claims.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace Claims.Web.Hosting;

/// <summary>The web host's own services: Razor Pages, sign-in and permissions, languages, JSON API documents.</summary>
public static class WebServices
{
    public static IServiceCollection AddClaimsWeb(this IServiceCollection services)
    {
        // Chinese is written as itself in the page source, not as &#x...; entities (readable, and half the bytes).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new AutoValidateAntiforgeryTokenAttribute());
            foreach (var (page, permission) in PermissionMatrix.Pages)
                o.Conventions.AuthorizePage(page, permission.Policy());
        });
        services.AddSingleton<ClaimQueries>();
        services.AddSingleton<ClaimReader>();
        services.AddSingleton<ClaimActions>();
        services.AddSingleton<CarrierQueries>();
        services.AddSingleton<InboxCount>();
        services.AddClaimsSecurity();
        services.AddClaimsOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enums as the names the rest of the API uses (incident "lost", direction "forward"), in a claim's timeline too.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ConflictProblemHandler>();
        services.AddExceptionHandler<BadRequestProblemHandler>();
        services.AddExceptionHandler<DatabaseDownProblemHandler>();
        services.AddApiIdempotency();
        return services;
    }

    public static WebApplication UseClaimsWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        // People get a page in their language; integrations get ProblemDetails.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseClaimsRequestLogging();
        app.UseSecurityHeaders();
        var assets = new EmbeddedFileProvider(typeof(WebServices).Assembly, "Claims.Web.wwwroot");
        app.Environment.WebRootFileProvider = assets;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = assets });
        Claims.Web.Localization.Languages.UseClaimsLanguages(app);
        // After the status-code pages, so a re-executed /status/403 is routed to its page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After sign-in is known (a key belongs to its user), before the endpoint runs.
        app.UseApiIdempotency();
        return app;
    }
}
