using Claims.Infrastructure.Schema;

namespace Claims.Infrastructure.EventStore;

/// <summary>The streams and events tables, the one-statement append and the append-only guard.</summary>
public static class EventStoreMigrations
{
    public const string Module = "eventstore";

    /// <summary>
    /// SQLSTATE raised by claims_append on a version mismatch. Its HINT is "actual-version:stream-id", which survives
    /// where DETAIL is redacted and tells which append of a batch failed.
    /// </summary>
    public const string ConflictSqlState = "CL409";

    /// <summary>SQLSTATE raised when anything tries to change or remove a stored event.</summary>
    public const string AppendOnlySqlState = "CL403";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(Module, 1, "streams and events", """
            create table if not exists streams (
              id text primary key,
              type text,
              version bigint not null,
              created_at timestamptz not null,
              updated_at timestamptz not null
            );

            -- No foreign key to streams: stream ids are text so both tables can later be distributed (e.g. by carrier).
            create table if not exists events (
              seq bigint generated always as identity primary key,
              stream_id text not null,
              version bigint not null,
              type text not null,
              body jsonb not null,
              actor text not null,
              occurred_at timestamptz not null,
              correlation_id text,
              causation_id text,
              constraint events_stream_version unique (stream_id, version)
            );
            """),
        new(Module, 2, "append with expected version in one statement", """
            create or replace function claims_append(
              p_stream text, p_stream_type text, p_expected bigint, p_types text[], p_bodies jsonb[],
              p_actor text, p_at timestamptz, p_correlation text, p_causation text)
            returns void language plpgsql as $$
            declare
              v_count int := cardinality(p_types);
              v_actual bigint;
            begin
              if p_expected = 0 then
                -- A concurrent starter holds the key until it commits; we then see the row and do nothing.
                insert into streams (id, type, version, created_at, updated_at)
                values (p_stream, p_stream_type, v_count, p_at, p_at)
                on conflict (id) do nothing;
              else
                -- Under READ COMMITTED a concurrent writer's commit is re-checked against "version = p_expected".
                update streams set version = version + v_count, updated_at = p_at
                where id = p_stream and version = p_expected;
              end if;
              if not found then
                select version into v_actual from streams where id = p_stream;
                raise exception 'stream % is at version %, not %', p_stream, coalesce(v_actual, 0), p_expected
                  using errcode = 'CL409', hint = coalesce(v_actual, 0)::text || ':' || p_stream;
              end if;
              insert into events (stream_id, version, type, body, actor, occurred_at, correlation_id, causation_id)
              select p_stream, p_expected + e.n, e.type, e.body, p_actor, p_at, p_correlation, p_causation
              from unnest(p_types, p_bodies) with ordinality as e(type, body, n);
            end $$;
            """),
        new(Module, 3, "events are append-only", """
            create or replace function claims_events_append_only() returns trigger language plpgsql as $$
            begin
              raise exception 'events are append-only: % on events is not allowed', tg_op using errcode = 'CL403';
            end $$;

            create or replace trigger events_append_only
              before update or delete or truncate on events
              for each statement execute function claims_events_append_only();
            """),
        new(Module, 4, "start many streams in one statement", """
            -- claims_append for a batch of new streams (bulk imports): the same version check and conflict error, with one
            -- insert into streams and one into events instead of a function call per stream.
            create or replace function claims_start_streams(
              p_streams text[], p_stream_types text[], p_counts int[], p_event_streams text[], p_versions bigint[],
              p_types text[], p_bodies jsonb[], p_actor text, p_at timestamptz, p_correlation text, p_causation text)
            returns void language plpgsql as $$
            declare
              v_taken text;
              v_actual bigint;
            begin
              -- A concurrent starter holds a key until it commits; we then see its row and report that stream.
              with started as (
                insert into streams (id, type, version, created_at, updated_at)
                select s.id, s.type, s.n, p_at, p_at from unnest(p_streams, p_stream_types, p_counts) as s(id, type, n)
                on conflict (id) do nothing
                returning id)
              select s.id into v_taken from unnest(p_streams) as s(id)
              where not exists (select 1 from started where started.id = s.id) limit 1;
              if v_taken is not null then
                select version into v_actual from streams where id = v_taken;
                raise exception 'stream % is at version %, not 0', v_taken, coalesce(v_actual, 0)
                  using errcode = 'CL409', hint = coalesce(v_actual, 0)::text || ':' || v_taken;
              end if;
              insert into events (stream_id, version, type, body, actor, occurred_at, correlation_id, causation_id)
              select e.stream, e.version, e.type, e.body, p_actor, p_at, p_correlation, p_causation
              from unnest(p_event_streams, p_versions, p_types, p_bodies) with ordinality as e(stream, version, type, body, n)
              order by e.n;
            end $$;
            """),
    ];
}
