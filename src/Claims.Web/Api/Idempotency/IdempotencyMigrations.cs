using Claims.Infrastructure.Schema;

namespace Claims.Web.Api.Idempotency;

/// <summary>The answers kept for API requests sent with an Idempotency-Key.</summary>
public static class IdempotencyMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new("api", 1, "answers kept by idempotency key", """
            create table if not exists api_idempotency (
              user_name text not null,
              key text not null,
              fingerprint text not null,
              status int,
              content_type text,
              body bytea,
              created_at timestamptz not null,
              primary key (user_name, key)
            );
            create index if not exists api_idempotency_created on api_idempotency (created_at);
            """),
    ];
}
