using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.Attributes;

namespace Claims.Webhooks;

/// <summary>POST one delivery to its subscriber (scheduled by <see cref="WebhookOutbox"/> with the event that caused it).</summary>
[MessageIdentity("DeliverWebhook")]
public sealed record DeliverWebhook(Guid DeliveryId);

/// <summary>
/// The signature a receiver checks: HMAC-SHA256 of the exact body bytes with the subscription's secret, lower-case hex,
/// sent as <c>X-Claims-Signature: sha256=HEX</c>. <c>X-Claims-Timestamp</c> (Unix seconds) says when this attempt was sent;
/// the body's <c>id</c> is the delivery's, the same on every attempt, so a receiver drops a repeat it already took.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Claims-Signature";
    public const string TimestampHeader = "X-Claims-Timestamp";
    public const string EventHeader = "X-Claims-Event";
    public const string DeliveryHeader = "X-Claims-Delivery";

    public static string Of(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>What a receiver does (constant-time comparison).</summary>
    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(secret, body)), Encoding.ASCII.GetBytes(header));
}

/// <summary>
/// Wolverine's handler: sends a delivery unless it was delivered already or its subscription was removed, and logs
/// each attempt (status, answer) on the delivery. Anything but a 2xx answer throws, so Wolverine retries it with the
/// follow-ups' backoff and then parks it as a dead letter (`claims work --dead`, `--replay`).
/// </summary>
public static partial class WebhookHandlers
{
    public const string HttpClientName = "webhooks";
    private const int AnswerKept = 500;

    public static async Task Handle(DeliverWebhook message, NpgsqlDataSource db, IHttpClientFactory http, TimeProvider time,
        ILogger<WebhookSubscriptions> logger, CancellationToken ct)
    {
        string url, secret, type, body;
        await using (var read = db.CreateCommand("""
            select s.url, s.secret, d.event_type, d.body, d.status, s.removed_at is not null
            from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id where d.id = $1
            """))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = message.DeliveryId });
            await using var r = await read.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct) || r.GetString(4) != "pending")
                return; // gone, or delivered already: nothing to send
            if (r.GetBoolean(5))
            {
                await r.DisposeAsync();
                await using var cancel = db.CreateCommand("update webhook_deliveries set status = 'cancelled' where id = $1 and status = 'pending'");
                cancel.Parameters.Add(new NpgsqlParameter { Value = message.DeliveryId });
                await cancel.ExecuteNonQueryAsync(ct);
                return; // the subscription was removed before this was sent
            }
            (url, secret, type, body) = (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3));
        }
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Of(secret, bytes));
        request.Headers.Add(WebhookSignature.TimestampHeader, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventHeader, type);
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.DeliveryId.ToString());
        int? status = null;
        string answer;
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            status = (int)response.StatusCode;
            answer = await StartOfAsync(response, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            answer = ex.Message;
        }
        var delivered = status is >= 200 and < 300;
        await using (var log = db.CreateCommand("""
            update webhook_deliveries set attempts = attempts + 1, last_status = $2, last_answer = $3, last_at = $4,
                status = case when $5 then 'delivered' else status end
            where id = $1
            """))
        {
            foreach (var value in new object?[] { message.DeliveryId, status, answer.Length > AnswerKept ? answer[..AnswerKept] : answer, time.GetUtcNow(), delivered })
                log.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            await log.ExecuteNonQueryAsync(ct);
        }
        if (!delivered)
            throw new WebhookDeliveryFailedException(url, status, answer);
        logger.LogInformation("Webhook {Type} delivered to {Url}", type, url);
    }
}

public static partial class WebhookHandlers
{
    // Only the start of an answer is kept for the log; a receiver cannot make a worker read megabytes.
    private static async Task<string> StartOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[4 * AnswerKept];
        var read = 0;
        while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), ct) is > 0 and var n)
            read += n;
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}

public sealed class WebhookDeliveryFailedException(string url, int? status, string answer)
    : Exception(status is { } s ? $"{url} answered {s}: {Shorten(answer)}" : $"{url} could not be reached: {Shorten(answer)}")
{
    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
