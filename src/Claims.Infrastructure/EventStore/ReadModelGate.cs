using Npgsql;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Keeps saves and read-model rebuilds apart, across processes: every save that appends takes a shared
/// transaction-scoped advisory lock (without waiting), a rebuild holds the same lock exclusively for its whole run on a
/// connection of its own. PostgreSQL queues the rebuild behind the saves in flight and refuses the try of any save that
/// comes after it (a waiting exclusive request conflicts with new shared ones), so a save never half-overlaps a rebuild.
/// </summary>
public sealed class ReadModelGate : IAsyncDisposable
{
    // Any constant works, as long as every process on this database uses the same one ("ClaimsRM").
    private const long Key = 0x436C_6169_6D73_524D;

    /// <summary>SQLSTATE of a save refused while the read models are rebuilt.</summary>
    public const string RebuildingSqlState = "CL503";

    /// <summary>The statement each appending save runs in its transaction.</summary>
    public static readonly string SaveCheck = $"""
        do $$ begin
          if not pg_try_advisory_xact_lock_shared({Key}) then
            raise exception 'the read models are being rebuilt' using errcode = '{RebuildingSqlState}';
          end if;
        end $$
        """;

    private readonly NpgsqlConnection connection;

    private ReadModelGate(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Waits for the saves under way to commit, then refuses new ones until disposed.</summary>
    public static async Task<ReadModelGate> ShutAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand($"select pg_advisory_lock({Key})", connection);
            await command.ExecuteNonQueryAsync(ct);
            return new ReadModelGate(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fails when the lock is gone (its connection dropped and PostgreSQL released it), so saves may have got in.</summary>
    public async Task EnsureHeldAsync(CancellationToken ct)
    {
        // An advisory lock on a bigint key shows in pg_locks as classid (high 32 bits) and objid (low 32 bits).
        await using var command = new NpgsqlCommand($"""
            select exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid() and granted
                and mode = 'ExclusiveLock' and classid::bigint = {Key >> 32} and objid::bigint = {Key & 0xFFFF_FFFF})
            """, connection);
        if (await command.ExecuteScalarAsync(ct) is not true)
            throw new InvalidOperationException(
                "The read-model gate was lost during the rebuild (its database connection dropped); run `claims projections rebuild` again.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand($"select pg_advisory_unlock({Key})", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            // Should the unlock fail, Npgsql resets the pooled connection (DISCARD ALL), which releases the lock too.
            await connection.DisposeAsync();
        }
    }
}
