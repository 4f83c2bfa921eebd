using Claims.Infrastructure.Schema;

namespace Claims.Notifications;

internal static class NotificationsMigrations
{
    public static readonly Migration[] All =
    [
        new("notifications", 1, "the daily digest: one per user and day, and the in-app inbox that keeps them", """
            -- The once-a-day key: a sweep inserts (user, day) and publishes the message in the same transaction.
            create table digests (
                user_name text not null,
                day date not null,
                queued_at timestamptz not null,
                primary key (user_name, day)
            );
            create table inbox (
                id bigserial primary key,
                user_name text not null,
                day date not null,
                subject text not null,
                html text not null,
                body text not null,
                created_at timestamptz not null,
                read_at timestamptz,
                -- Set once the mail went out: a retry after that (the node died before Wolverine marked it) sends nothing.
                mailed_at timestamptz,
                unique (user_name, day)
            );
            create index inbox_unread on inbox (lower(user_name)) where read_at is null;
            """),
    ];
}
