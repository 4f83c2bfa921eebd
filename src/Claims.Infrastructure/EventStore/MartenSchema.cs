using JasperFx;
using Marten;
using Npgsql;
using Wolverine.Persistence.Durability;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Marten's tables and functions, applied at start only when they may have changed. Marten's own check compares its
/// whole expected schema with the database (measured: ~0.7 s of every CLI command's start on this machine), so the
/// database records the signature of the configuration it was last brought up to: the Marten version and the settings
/// that shape its schema, the read-model tables the features declare, and Wolverine's version for its message tables. A
/// new Marten, a changed setting or a changed table applies the changes once; otherwise nothing is asked.
/// </summary>
internal static class MartenSchema
{
    public static async Task EnsureAsync(
        IDocumentStore marten, IEnumerable<Weasel.Postgresql.Tables.Table> readModels, IMessageStore? wolverine, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var signature = Signature(marten.Options) + "|tables " + ReadModelTables.Signature(readModels)
            + (wolverine is null ? "" : "|wolverine " + typeof(IMessageStore).Assembly.GetName().Version);
        if (await RecordedAsync(dataSource, "marten", ct) == signature)
            return;
        await marten.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
        // Wolverine's inbox, outbox, dead letters and node tables, in the same schema.
        if (wolverine is not null)
            await wolverine.Admin.MigrateAsync(AutoCreate.CreateOrUpdate);
        await RecordAsync(dataSource, "marten", signature, ct);
    }

    /// <summary>The signature recorded under <paramref name="name"/> when the schema was last brought up to it (null: never).</summary>
    public static async Task<string?> RecordedAsync(NpgsqlDataSource dataSource, string name, CancellationToken ct)
    {
        if (!await RecordsExistAsync(dataSource, ct))
            return null;
        await using var command = dataSource.CreateCommand("select signature from claims_schema_signatures where name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Removes the signature recorded under <paramref name="name"/>, so that the next start treats it as changed.</summary>
    public static async Task ForgetAsync(NpgsqlDataSource dataSource, string name, CancellationToken ct)
    {
        if (!await RecordsExistAsync(dataSource, ct))
            return;
        await using var command = dataSource.CreateCommand("delete from claims_schema_signatures where name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await command.ExecuteNonQueryAsync(ct);
    }

    // A database this version has not started on yet has no signatures table.
    private static async Task<bool> RecordsExistAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var exists = dataSource.CreateCommand("select to_regclass('claims_schema_signatures') is not null");
        return await exists.ExecuteScalarAsync(ct) is true;
    }

    public static async Task RecordAsync(NpgsqlDataSource dataSource, string name, string signature, CancellationToken ct)
    {
        await using (var create = dataSource.CreateCommand(
            "create table if not exists claims_schema_signatures (name text primary key, signature text not null, applied_at timestamptz not null)"))
            await create.ExecuteNonQueryAsync(ct);
        await using var record = dataSource.CreateCommand("""
            insert into claims_schema_signatures values ($1, $2, now())
            on conflict (name) do update set signature = excluded.signature, applied_at = excluded.applied_at
            """);
        record.Parameters.Add(new NpgsqlParameter { Value = name });
        record.Parameters.Add(new NpgsqlParameter { Value = signature });
        await record.ExecuteNonQueryAsync(ct);
    }

    private static string Signature(IReadOnlyStoreOptions options)
    {
        var events = options.Events;
        return string.Join('|',
            typeof(DocumentStore).Assembly.GetName().Version,
            options.DatabaseSchemaName,
            events.StreamIdentity,
            events.AppendMode,
            events.TenancyStyle,
            events.MetadataConfig.UserNameEnabled,
            events.MetadataConfig.CorrelationIdEnabled,
            events.MetadataConfig.CausationIdEnabled,
            events.MetadataConfig.HeadersEnabled);
    }
}
