using Claims.Managers;
using System.Globalization;
using Claims.Finance.Exports;
using Claims.Finance.Packets;
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
                : Task.FromResult(Filter(from, to, carrier, status).Refusal!));
        finance.MapGet("/export.csv", (string? from, string? to, string? carrier, string? status, FinanceExports exports, HttpContext http, CancellationToken ct) =>
            Filter(from, to, carrier, status) is { Filter: { } filter }
                ? StreamAsync(http, "text/csv; charset=utf-8", $"claims-{Stamp()}.csv", s => exports.WriteCsvAsync(s, filter, ct))
                : Task.FromResult(Filter(from, to, carrier, status).Refusal!));
        finance.MapGet("/packet/claim", async (string id, ClaimPackets packets, ClaimCommands claims, HttpContext http, CancellationToken ct) =>
        {
            // People type the waybill; links carry the claim id.
            var claimId = id.StartsWith("claim:", StringComparison.Ordinal) ? id : (await claims.ResolveAsync(id, null, ct)).Id;
            return claimId is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"There is no single claim for waybill {id}.")
                : await PacketAsync(http, $"claim-{Safe(claimId)}.pdf", s => packets.WriteClaimPacketAsync(s, claimId, ct));
        });
        finance.MapGet("/packet/carrier", (string carrier, string month, ClaimPackets packets, HttpContext http, CancellationToken ct) =>
            YearMonth.TryParse(month, out var m)
                ? PacketAsync(http, $"{Safe(carrier)}-{m}.pdf", s => packets.WriteCarrierMonthPacketAsync(s, carrier.Trim().ToUpperInvariant(), m.Year, m.Month, ct))
                : Task.FromResult(Results.Problem(statusCode: 400, detail: $"The month is yyyy-mm, from {YearMonth.Earliest} to {YearMonth.Latest}.")));
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
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: missing.Message);
        }
        return Results.File(buffer.ToArray(), "application/pdf", fileName);
    }

    private static string Stamp() => DateTime.UtcNow.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);

    private static string Safe(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
}
