using Claims.Infrastructure.Schema;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// What the database needs beyond Marten's own schema: the move of a store written before Marten, and the guard that
/// keeps Marten's event table append-only.
/// </summary>
public static class EventStoreMigrations
{
    public const string Module = "eventstore";

    /// <summary>The migration that moves a store written before Marten into Marten's tables.</summary>
    public const int MoveToMarten = 5;

    /// <summary>SQLSTATE raised when anything tries to change or remove a stored event.</summary>
    public const string AppendOnlySqlState = "CL403";

    // Numbers 1-4 created the store's own events and streams tables before the move to Marten; a database written
    // then has them applied, and number 5 moves what they hold into Marten's tables.
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(Module, MoveToMarten, "events of a store written before Marten moved into mt_events and mt_streams", """
            do $$
            begin
              if to_regclass('events') is not null and to_regclass('events_before_marten') is null then
                insert into mt_streams (id, type, version, timestamp, created, tenant_id, is_archived)
                select id, type, version, updated_at, created_at, '*DEFAULT*', false from streams;
                -- Global order, versions, times and who/why exactly as they were; Marten reads the type by its name.
                insert into mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, is_archived,
                                       correlation_id, causation_id, user_name)
                select seq, gen_random_uuid(), stream_id, version, body, type, occurred_at, '*DEFAULT*', false,
                       correlation_id, causation_id, actor
                from events order by seq;
                perform setval('mt_events_sequence', max(seq)) from events having max(seq) is not null;
                alter table events rename to events_before_marten;
                alter table streams rename to streams_before_marten;
                alter table events_before_marten rename constraint events_stream_version to events_before_marten_stream_version;
                raise notice 'moved % events of % streams into Marten', (select count(*) from mt_events), (select count(*) from mt_streams);
              end if;
            end $$;

            -- Read-model migrations written before Marten backfill from "events"; they read Marten's table through this.
            create or replace view events as
              select seq_id as seq, stream_id, version, type, data as body, user_name as actor, timestamp as occurred_at,
                     correlation_id, causation_id
              from mt_events;
            """),
        new(Module, 6, "Marten's events are append-only", """
            create or replace function claims_events_append_only() returns trigger language plpgsql as $$
            begin
              raise exception 'events are append-only: % on % is not allowed', tg_op, tg_table_name using errcode = 'CL403';
            end $$;

            create or replace trigger mt_events_append_only
              before update or delete or truncate on mt_events
              for each statement execute function claims_events_append_only();
            """),
        new(Module, 7, "read models are declared to Weasel and rebuilt by Marten: the backfills' view of the events goes", """
            drop view if exists events;
            """),
    ];

    /// <summary>What the move did, in one sentence for the operator's log; null when there was no old store to move.</summary>
    public static async Task<string?> MovedAsync(Npgsql.NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using (var exists = dataSource.CreateCommand("select to_regclass('events_before_marten') is not null"))
            if (await exists.ExecuteScalarAsync(ct) is not true)
                return null;
        await using var command = dataSource.CreateCommand(
            "select (select count(*) from events_before_marten), (select count(*) from streams_before_marten)");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Upgraded a store written before Marten: moved {reader.GetInt64(0):N0} events of {reader.GetInt64(1):N0} streams into Marten's mt_events and mt_streams in their global order with their versions, times and who/why; the old tables are kept as events_before_marten and streams_before_marten; the read models are rebuilt from them.");
    }
}
