using System.Globalization;
using Claims.Contracts.Model;
using Claims.Finance.Exports;
using Claims.Finance.Packets;
using Claims.Managers;
using Claims.Register;
using Claims.Web.Localization;
using Claims.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Claims.Web.Finance;

/// <summary>Finance's files: the register as Excel or CSV (filtered), a claim's PDF packet and a carrier-month packet.</summary>
public static class FinanceDownloads
{
    public static IEndpointRouteBuilder MapFinanceDownloads(this IEndpointRouteBuilder app)
    {
        var finance = app.MapGroup("/finance").RequireAuthorization(Permission.FinanceExports.Policy()).ExcludeFromDescription();
        finance.MapGet("/export.xlsx", (string? from, string? to, string? carrier, string? status, FinanceExports exports, HttpContext http, CancellationToken ct) =>
            Filter(from, to, carrier, status) is { Filter: { } filter }
                ? StreamAsync(http, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"claims-{Stamp()}.xlsx",
                    s => exports.WriteExcelAsync(s, filter, ct))
                : Task.FromResult(Refused(http, from, to, Filter(from, to, carrier, status).Refusal!)));
        finance.MapGet("/export.csv", (string? from, string? to, string? carrier, string? status, FinanceExports exports, HttpContext http, CancellationToken ct) =>
            Filter(from, to, carrier, status) is { Filter: { } filter }
                ? StreamAsync(http, "text/csv; charset=utf-8", $"claims-{Stamp()}.csv", s => exports.WriteCsvAsync(s, filter, ct))
                : Task.FromResult(Refused(http, from, to, Filter(from, to, carrier, status).Refusal!)));
        finance.MapGet("/packet/claim", async (string id, string? direction, ClaimPackets packets, ClaimCommands claims, HttpContext http, CancellationToken ct) =>
        {
            // People type the waybill (any spacing, full-width digits); links carry the claim id.
            var (claimId, refusal) = id.StartsWith("claim:", StringComparison.Ordinal) ? (id, null)
                : await claims.ResolveAsync(Waybills.Normalize(id), DirectionNames.Parse(direction), ct);
            if (claimId is null)
            {
                // A person typed it on the Finance page: the page again, in their language, with what they typed.
                if (WantsPage(http))
                    return Results.Redirect($"/finance?claim={Uri.EscapeDataString(id)}&error={Uri.EscapeDataString(refusal?.Code ?? "claim.not-found")}#claim-packet");
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: refusal?.Code ?? "claim.not-found",
                    detail: refusal?.Message ?? $"There is no single claim for waybill {id}.");
            }
            return await PacketAsync(http, ClaimPacketFileName(claimId, DateTime.Now), s => packets.WriteClaimPacketAsync(s, claimId, ct));
        });
        finance.MapGet("/packet/carrier", (string carrier, string month, ClaimPackets packets, HttpContext http, CancellationToken ct) =>
            YearMonth.TryParse(month, out var m)
                ? PacketAsync(http, $"{Safe(carrier)}-{m}.pdf", s => packets.WriteCarrierMonthPacketAsync(s, carrier.Trim().ToUpperInvariant(), m.Year, m.Month, ct))
                : Task.FromResult(WantsPage(http)
                    ? Results.Redirect($"/finance?carrier={Uri.EscapeDataString(carrier)}&month={Uri.EscapeDataString(month)}&error=month.invalid#month-packet")
                    : Results.Problem(statusCode: 400, detail: $"The month is yyyy-mm, from {YearMonth.Earliest} to {YearMonth.Latest}.")));
        return app;
    }

    // A filter that cannot be read is refused before anything is written: a mistyped date must not export everything.
    private static (ExportFilter? Filter, IResult? Refusal) Filter(string? from, string? to, string? carrier, string? status)
    {
        var (fromDay, toDay) = (Formats.ParseDate(from), Formats.ParseDate(to));
        if (!string.IsNullOrWhiteSpace(from) && fromDay is null)
            return (null, Results.Problem(statusCode: 400, detail: $"'from' is not a date (yyyy-mm-dd): {from}"));
        if (!string.IsNullOrWhiteSpace(to) && toDay is null)
            return (null, Results.Problem(statusCode: 400, detail: $"'to' is not a date (yyyy-mm-dd): {to}"));
        return (new ExportFilter(fromDay, toDay, string.IsNullOrWhiteSpace(carrier) ? null : carrier.Trim(),
            string.IsNullOrWhiteSpace(status) ? null : status.Trim()), null);
    }

    // A person who typed a date the export cannot read (a browser without a date picker) gets the page back in their
    // language, with the date they typed; an integration gets the problem document.
    private static IResult Refused(HttpContext http, string? from, string? to, IResult problem)
    {
        if (!WantsPage(http))
            return problem;
        var bad = !string.IsNullOrWhiteSpace(from) && Formats.ParseDate(from) is null ? from! : to ?? "";
        return Results.Redirect($"/finance?date={Uri.EscapeDataString(bad)}&error=date.invalid#export");
    }

    // Rows stream from the database into the response; the file is never held whole in memory.
    private static async Task<IResult> StreamAsync(HttpContext http, string contentType, string fileName, Func<Stream, Task> write)
    {
        // The Open XML zip writer flushes synchronously; an export is rare enough to hold a thread while it streams.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body)
            body.AllowSynchronousIO = true;
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(http.Response.Body);
        return Results.Empty;
    }

    private static async Task<IResult> PacketAsync(HttpContext http, string fileName, Func<Stream, Task> write)
    {
        using var buffer = new MemoryStream();
        try
        {
            await write(buffer);
        }
        catch (PacketNotFoundException missing)
        {
            if (WantsPage(http))
                return Results.Redirect($"/finance?error=packet.not-found&{http.Request.QueryString.Value?.TrimStart('?')}");
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: missing.Message);
        }
        return Results.File(buffer.ToArray(), "application/pdf", fileName);
    }

    /// <summary>A claim packet's file as finance files it: carrier, waybill (and direction when return), date: ZTO-73000001234567-20261204.pdf.</summary>
    internal static string ClaimPacketFileName(string claimId, DateTime now)
    {
        var parts = claimId.Split(':');
        var name = parts.Length == 4
            ? $"{parts[1]}-{parts[2]}{(parts[3] == "return" ? "-return" : "")}"
            : claimId;
        return $"{Safe(name)}-{now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.pdf";
    }

    /// <summary>A browser following a form or link (it accepts HTML), not an integration asking for the file.</summary>
    private static bool WantsPage(HttpContext http) =>
        http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static string Stamp() => DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);

    private static string Safe(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
}
