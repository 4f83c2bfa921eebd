using System.Security.Cryptography;
using Claims.Lifecycle;
using Npgsql;

namespace Claims.Webhooks;

public sealed record WebhookSubscription(string Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record WebhookDelivery(Guid Id, string SubscriptionId, string Url, string EventType, string Subject, string Status, int Attempts,
    int? LastStatus, string? LastAnswer, DateTimeOffset? LastAt, DateTimeOffset CreatedAt);

/// <summary>Subscriptions (add, list, remove) and the delivery log.</summary>
public sealed class WebhookSubscriptions(NpgsqlDataSource db, TimeProvider time)
{
    public const int MinSecretLength = 16;
    public const int MaxUrlLength = 2000;

    public async Task<(WebhookSubscription? Added, Refusal? Refusal)> AddAsync(string url, IReadOnlyList<string> events, string secret, string by,
        CancellationToken ct = default)
    {
        if (url.Length > MaxUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.UserInfo))
            return (null, new Refusal("webhook.url", "The URL must be an absolute http:// or https:// address without a user name or password."));
        var unknown = events.Where(e => !WebhookEvents.All.Contains(e)).ToList();
        if (events.Count == 0 || unknown.Count > 0)
            return (null, new Refusal("webhook.events",
                $"{(unknown.Count > 0 ? $"Unknown event type {string.Join(", ", unknown)}. " : "Name at least one event type. ")}The types are {string.Join(", ", WebhookEvents.All)}."));
        if (secret.Length < MinSecretLength || secret.Length > 200 || secret.Any(char.IsControl))
            return (null, new Refusal("webhook.secret", $"The secret must be {MinSecretLength} to 200 characters (the receiver checks each delivery's signature with it)."));
        var subscription = new WebhookSubscription("wh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), uri.ToString(),
            [.. events.Distinct()], time.GetUtcNow(), by);
        await using var command = db.CreateCommand("""
            insert into webhook_subscriptions (id, url, events, secret, created_at, created_by) values ($1, $2, $3, $4, $5, $6)
            """);
        foreach (var value in new object[] { subscription.Id, subscription.Url, subscription.Events.ToArray(), secret, subscription.CreatedAt, by })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
        return (subscription, null);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select id, url, events, created_at, created_by from webhook_subscriptions where removed_at is null order by created_at, id");
        await using var r = await command.ExecuteReaderAsync(ct);
        var list = new List<WebhookSubscription>();
        while (await r.ReadAsync(ct))
            list.Add(new WebhookSubscription(r.GetString(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4)));
        return list;
    }

    /// <summary>Stops deliveries for new events (and those not yet sent); the log stays. False when there is no such subscription.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("update webhook_subscriptions set removed_at = $2 where id = $1 and removed_at is null");
        command.Parameters.Add(new NpgsqlParameter { Value = id.Trim() });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>The newest deliveries first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(int limit = 200, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("""
            select d.id, d.subscription_id, s.url, d.event_type, d.subject, d.status, d.attempts, d.last_status, d.last_answer, d.last_at, d.created_at
            from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
            order by d.created_at desc, d.id limit $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var r = await command.ExecuteReaderAsync(ct);
        var list = new List<WebhookDelivery>();
        while (await r.ReadAsync(ct))
            list.Add(new WebhookDelivery(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6),
                r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9),
                r.GetFieldValue<DateTimeOffset>(10)));
        return list;
    }
}
