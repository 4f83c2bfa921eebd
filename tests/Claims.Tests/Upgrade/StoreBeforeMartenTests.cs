using System.IO.Compression;
using Claims.Hosting;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Schema;
using Claims.Lifecycle;
using Claims.Lifecycle.Notes;
using Claims.Register;
using Claims.Tests.Register;
using Claims.Testing;
using Npgsql;

namespace Claims.Tests.Upgrade;

/// <summary>
/// An installation of the version before Marten and Wolverine opened by this one: nothing lost, nothing done twice, and
/// the follow-ups its own worker had pending run on Wolverine.
/// </summary>
public sealed class StoreBeforeMartenTests
{
    private const string OldEvents =
        "select seq, stream_id, version, type, body::text, actor, occurred_at, correlation_id, causation_id from events order by seq";

    private const string MovedEvents =
        "select seq_id, stream_id, version, type, data::text, user_name, timestamp, correlation_id, causation_id from mt_events order by seq_id";

    [Fact]
    public async Task the_old_events_move_into_marten_in_order_with_their_metadata_and_a_second_start_moves_nothing()
    {
        var connection = await TestPostgres.CreateDatabaseAsync("upgrade");
        await RestoreAsync(connection);
        var before = await RowsAsync(connection, OldEvents);
        // The register as that version kept it; columns added since (filed_by) are filled by the rebuild.
        var registerColumns = string.Join(", ", (await RowsAsync(connection,
            "select column_name from information_schema.columns where table_name = 'claims' order by ordinal_position")).Select(r => r[0]));
        var register = $"select {registerColumns} from claims order by id";
        var claimsBefore = await RowsAsync(connection, register);
        var pendingBefore = await RowsAsync(connection, "select id, type, due_at from messages where status = 'pending' order by id");
        Assert.Equal(457, before.Count);

        var clock = TestClock.At(DateOnly.FromDateTime(DateTime.Today));
        await using (var first = await LifecycleHost.OpenAsync(connection, clock))
        {
            var applied = first.Applied;

            Assert.Contains(applied, m => m is { Module: EventStoreMigrations.Module, Number: EventStoreMigrations.MoveToMarten });
            Assert.Equal(before, await RowsAsync(connection, MovedEvents));
            Assert.Equal(before.Count, (await RowsAsync(connection, "select 1 from events_before_marten")).Count);
            Assert.Equal(claimsBefore, await RowsAsync(connection, register));
            Assert.Contains(applied, m => m is { Module: MessagingMigrations.Module, Number: MessagingMigrations.MoveToWolverine });
            Assert.Equal(pendingBefore, await RowsAsync(connection, "select id, type, due_at from scheduled_work order by id"));
            Assert.Equal(pendingBefore.Count, (await RowsAsync(connection, "select 1 from messages_before_wolverine where status = 'pending'")).Count);
            // The read models agree with a rebuild from Marten's copy of the events.
            var drifted = await first.Get<ReadModelAudit>().RebuildAndCompareAsync();
            Assert.True(drifted.Count == 0, string.Join(Environment.NewLine, drifted));

            // A moved claim is read back through Marten and takes new events after its old ones.
            var (claimId, status) = (claimsBefore[0][0]!.ToString()!, claimsBefore[0][ColumnOf(connection, "status")]);
            var store = first.Get<EventStore>();
            var claim = await store.LightweightSession(Actor.System).Events.AggregateStreamAsync<ClaimState>(claimId);
            Assert.NotNull(claim);
            Assert.Equal(status, claim.Status.ToName());
            var outcome = await first.Get<ClaimCommands>().RunAsync(claimId, new Actor("lin"),
                (state, _, _) => AddNoteHandler.Decide(state, new AddNote("moved to Marten")));
            Assert.Null(outcome.Refusal);
            var newest = (await RowsAsync(connection, "select seq_id, version from mt_events order by seq_id desc limit 1"))[0];
            Assert.True((long)newest[0]! > (long)before[^1][0]!, "new events continue the global order after the moved ones");

            // The moved follow-ups run on Wolverine: everything due by today is handled once, nothing is parked.
            var dueBy = clock.StartOf(clock.Today().AddDays(1));
            var due = pendingBefore.Where(r => (DateTime)r[2]! < dueBy.UtcDateTime).Select(r => (Guid)r[0]!).ToList();
            Assert.NotEmpty(due);
            var summary = await first.RunDueWorkAsync();
            Assert.Equal(0, summary.Dead);
            Assert.True(summary.Published >= due.Count, $"{summary.Published} follow-ups ran, {due.Count} were due");
            var left = (await RowsAsync(connection, "select id from scheduled_work")).Select(r => (Guid)r[0]!).ToHashSet();
            Assert.DoesNotContain(due, left.Contains);
        }

        var eventsAfter = (await RowsAsync(connection, "select 1 from mt_events")).Count;
        await using var second = await LifecycleHost.OpenAsync(connection, clock);
        Assert.Empty(second.Applied);
        Assert.Equal(eventsAfter, (await RowsAsync(connection, "select 1 from mt_events")).Count);
    }

    private static int ColumnOf(string connection, string column) =>
        RowsAsync(connection, $"select ordinal_position - 1 from information_schema.columns where table_name = 'claims' and column_name = '{column}'")
            .GetAwaiter().GetResult()[0][0] is int i ? i : -1;

    // The fixture is pg_dump output: plain statements, run on a connection of their own (they set search_path).
    private static async Task RestoreAsync(string connection)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Upgrade", "store-before-marten.sql.gz");
        await using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        // psql meta-commands (\restrict, from newer pg_dump) are not SQL.
        var sql = string.Join('\n', (await reader.ReadToEndAsync()).Split('\n').Where(line => !line.StartsWith('\\')));
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<object?[]>> RowsAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
