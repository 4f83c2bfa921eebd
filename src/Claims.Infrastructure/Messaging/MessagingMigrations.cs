using Claims.Infrastructure.Schema;
using Npgsql;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Follow-ups waiting for their business date (<c>scheduled_work</c>). Wolverine keeps its own tables for messages it
/// runs; until 2026-12 the product's own worker ran them from <c>messages</c>, kept as <c>messages_before_wolverine</c>.
/// </summary>
public static class MessagingMigrations
{
    public const string Module = "messaging";

    public const int MoveToWolverine = 2;

    /// <summary>The one line an operator reads after the upgrade: what moved and what stayed behind (null: a new installation).</summary>
    public static async Task<string?> MovedAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using (var exists = dataSource.CreateCommand("select to_regclass('messages_before_wolverine') is not null"))
            if (await exists.ExecuteScalarAsync(ct) is not true)
                return null;
        await using var command = dataSource.CreateCommand("""
            select (select count(*) from scheduled_work),
                   (select count(*) from messages_before_wolverine where status = 'dead')
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"Follow-ups now run on Wolverine: {reader.GetInt64(0)} pending follow-ups moved to scheduled_work; "
            + $"{reader.GetInt64(1)} dead messages of the old worker kept in messages_before_wolverine for a person to read.";
    }

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
        new(Module, MoveToWolverine, "scheduled work; pending messages of the old worker move over", """
            create table if not exists scheduled_work (
              id uuid primary key,
              type text not null,
              body jsonb not null,
              due_at timestamptz not null,
              sent_by text,
              correlation_id text,
              causation_id text,
              created_at timestamptz not null
            );
            create index if not exists scheduled_work_due on scheduled_work (due_at);

            -- Pending work keeps its id, due time and who caused it; Wolverine runs it when a sweep reaches its day.
            -- Dead messages stay where they were for a person to read (messages_before_wolverine, status 'dead');
            -- a new installation's empty table simply goes.
            insert into scheduled_work (id, type, body, due_at, sent_by, correlation_id, causation_id, created_at)
            select id, type, body, due_at, sent_by, correlation_id, causation_id, created_at
            from messages where status = 'pending'
            on conflict (id) do nothing;
            do $$
            begin
              if exists (select 1 from messages) then
                alter table messages rename to messages_before_wolverine;
                alter index if exists messages_pending_due rename to messages_before_wolverine_pending_due;
              else
                drop table messages;
              end if;
            end $$;
            """),
    ];
}
