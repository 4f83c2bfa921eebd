using Claims.Infrastructure.Schema;

namespace Claims.Users;

/// <summary>Module "users": accounts with hashed passwords and the lockout counters.</summary>
internal static class UsersMigrations
{
    public static readonly Migration[] All =
    [
        new("users", 1, "user accounts", """
            create table users (
                name text primary key,
                role text not null,
                password_hash text not null,
                failed_attempts int not null default 0,
                locked_until timestamptz,
                created_at timestamptz not null
            );
            -- "Zhang" and "zhang" are one person signing in.
            create unique index users_name_ci on users (lower(name));
            """),
    ];
}
