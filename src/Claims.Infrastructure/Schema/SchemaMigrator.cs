using Npgsql;

namespace Claims.Infrastructure.Schema;

/// <summary>
/// Brings the database up to the registered migrations at start. Safe to run from several processes at once:
/// each step holds a transaction-scoped advisory lock and re-checks what is applied before it changes anything.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, IEnumerable<Migration> migrations)
{
    // Any constant works, as long as every process migrating this database uses the same one.
    private const long LockKey = 0x436C_6169_6D73;

    private const string EnsureTable = """
        create table if not exists schema_migrations (
          module text not null,
          number int not null,
          description text not null,
          checksum text not null,
          applied_at timestamptz not null default now(),
          primary key (module, number)
        )
        """;

    /// <summary>Applies what is missing and returns it (empty when the schema was already current).</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken ct = default)
    {
        var ordered = MigrationOrder.Sort(migrations);
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var applied = await ReadAppliedAsync(conn, ct);
        foreach (var m in ordered)
            if (applied.TryGetValue((m.Module, m.Number), out var checksum))
                CheckUnchanged(m, checksum);

        var done = new List<Migration>();
        foreach (var m in ordered.Where(m => !applied.ContainsKey((m.Module, m.Number))))
            if (await ApplyAsync(conn, m, ct))
                done.Add(m);
        return done;
    }

    private static async Task<Dictionary<(string, int), string>> ReadAppliedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockAsync(conn, tx, ct);
        await using (var create = new NpgsqlCommand(EnsureTable, conn, tx))
            await create.ExecuteNonQueryAsync(ct);
        var applied = new Dictionary<(string, int), string>();
        await using (var read = new NpgsqlCommand("select module, number, checksum from schema_migrations", conn, tx))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        await tx.CommitAsync(ct);
        return applied;
    }

    private static async Task<bool> ApplyAsync(NpgsqlConnection conn, Migration m, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LockAsync(conn, tx, ct);
        // Another process may have applied it between our read and our lock.
        await using (var check = new NpgsqlCommand("select checksum from schema_migrations where module = $1 and number = $2", conn, tx))
        {
            check.Parameters.Add(new() { Value = m.Module });
            check.Parameters.Add(new() { Value = m.Number });
            if (await check.ExecuteScalarAsync(ct) is string checksum)
            {
                CheckUnchanged(m, checksum);
                return false;
            }
        }
        await using (var script = new NpgsqlCommand(m.Sql, conn, tx))
            await script.ExecuteNonQueryAsync(ct);
        await using (var record = new NpgsqlCommand(
            "insert into schema_migrations (module, number, description, checksum) values ($1, $2, $3, $4)", conn, tx))
        {
            record.Parameters.Add(new() { Value = m.Module });
            record.Parameters.Add(new() { Value = m.Number });
            record.Parameters.Add(new() { Value = m.Description });
            record.Parameters.Add(new() { Value = m.Checksum });
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return true;
    }

    private static async Task LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void CheckUnchanged(Migration m, string appliedChecksum)
    {
        if (appliedChecksum != m.Checksum)
            throw new InvalidOperationException(
                $"Migration {m} was changed after it was applied to this database. Add a new migration instead of editing an applied one.");
    }
}
