using Claims.Infrastructure.Schema;

namespace Claims.Infrastructure.Messaging;

/// <summary>The durable message table: the outbox and the work queue are the same rows.</summary>
public static class MessagingMigrations
{
    public const string Module = "messaging";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(Module, 1, "messages", """
            create table if not exists messages (
              id uuid primary key,
              type text not null,
              body jsonb not null,
              due_at timestamptz not null,
              status text not null default 'pending' check (status in ('pending', 'dead')),
              attempts int not null default 0,
              last_error text,
              failed_at timestamptz,
              sent_by text,
              correlation_id text,
              causation_id text,
              created_at timestamptz not null
            );

            -- Workers look for the earliest due pending rows; dead ones are rare and read only by people.
            create index if not exists messages_pending_due on messages (due_at) where status = 'pending';
            """),
    ];
}
