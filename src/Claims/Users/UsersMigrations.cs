using Claims.Infrastructure.Schema;

namespace Claims.Users;

/// <summary>Module "users": accounts with hashed passwords, their sessions and the sign-in backoff.</summary>
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
        new("users", 2, "sign-in sessions that end on sign-out; backoff per name and source instead of a lockout", """
            -- A lockout anyone could trigger for a real name (and that told which names are real) gives way to a backoff
            -- kept per typed name and source, known or not.
            alter table users drop column failed_attempts, drop column locked_until;
            create table sign_in_failures (
                name_key text not null,
                source text not null,
                failures int not null,
                last_failed_at timestamptz not null,
                primary key (name_key, source)
            );
            -- Each signed-in browser: its cookie names the row, every request checks it is still there (on any node).
            create table user_sessions (
                id text primary key,
                user_name text not null,
                created_at timestamptz not null
            );
            create index user_sessions_user on user_sessions (lower(user_name));
            """),
        new("users", 3, "where and in which language a user's daily digest goes, and whether it goes at all", """
            alter table users add column email text, add column digest boolean not null default true,
                add column language text not null default 'zh';
            """),
        new("users", 4, "the name people know a user by (张伟), shown where events record the sign-in name", """
            -- Null: the sign-in name is shown. Two people are never shown by one name.
            alter table users add column display_name text;
            create unique index users_display_name_ci on users (lower(display_name)) where display_name is not null;
            """),
    ];
}
