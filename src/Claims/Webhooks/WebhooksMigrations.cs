using Claims.Infrastructure.Schema;

namespace Claims.Webhooks;

internal static class WebhooksMigrations
{
    public static readonly Migration[] All =
    [
        new("webhooks", 1, "webhook subscriptions and the log of their deliveries", """
            create table webhook_subscriptions (
                id text primary key,
                url text not null,
                events text[] not null,
                secret text not null,
                created_at timestamptz not null,
                created_by text not null,
                removed_at timestamptz
            );
            -- One row per subscription and event: the unique key is what keeps an event from being sent twice.
            create table webhook_deliveries (
                id uuid primary key,
                subscription_id text not null references webhook_subscriptions (id),
                event_type text not null,
                event_id uuid not null,
                subject text not null,
                body text not null,
                status text not null,
                attempts int not null,
                last_status int,
                last_answer text,
                last_at timestamptz,
                created_at timestamptz not null,
                unique (subscription_id, event_id)
            );
            create index webhook_deliveries_recent on webhook_deliveries (created_at desc);
            """),
    ];
}
