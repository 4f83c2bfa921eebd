using Claims.Infrastructure.EventStore;
using Npgsql;

namespace Claims.Web.Api.Idempotency;

/// <summary>What is kept for a key: the request it was first used for, and its answer once there is one.</summary>
public sealed record KeptAnswer(string Fingerprint, int? Status, string? ContentType, byte[]? Body);

/// <summary>The api_idempotency table: a key is claimed before its request runs, so two requests with it never both run.</summary>
public sealed class IdempotencyStore(NpgsqlDataSource db, TimeProvider time)
{
    /// <summary>How long an answer is kept: a client retries within minutes, a day is ample.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    /// <summary>Claims the key for this request; null when it was free, else what is kept for it (an answer, or one in progress).</summary>
    public async Task<KeptAnswer?> ClaimAsync(string user, string key, string fingerprint, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var claim = SqlCommands.Create("""
            insert into api_idempotency (user_name, key, fingerprint, created_at) values ($1, $2, $3, $4)
            on conflict (user_name, key) do nothing
            """, user, key, fingerprint, now);
        await ExecuteAsync(ct, SqlCommands.Create("delete from api_idempotency where user_name = $1 and key = $2 and created_at < $3", user, key, now - Kept), claim);
        if (claim.RecordsAffected == 1)
            return null;
        await using var read = db.CreateCommand("select fingerprint, status, content_type, body from api_idempotency where user_name = $1 and key = $2");
        read.Parameters.Add(new NpgsqlParameter { Value = user });
        read.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return new KeptAnswer(fingerprint, null, null, null); // released meanwhile by a failed first try: still in progress for us
        return new KeptAnswer(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1),
            reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3));
    }

    public Task KeepAsync(string user, string key, int status, string? contentType, byte[] body, CancellationToken ct) =>
        ExecuteAsync(ct, SqlCommands.Create(
            "update api_idempotency set status = $3, content_type = $4, body = $5 where user_name = $1 and key = $2",
            user, key, status, contentType, body));

    /// <summary>Frees the key after a failure on our side, so the client's retry runs again.</summary>
    public Task ReleaseAsync(string user, string key) =>
        ExecuteAsync(CancellationToken.None, SqlCommands.Create("delete from api_idempotency where user_name = $1 and key = $2 and status is null", user, key));

    private async Task ExecuteAsync(CancellationToken ct, params NpgsqlBatchCommand[] commands)
    {
        await using var batch = db.CreateBatch();
        foreach (var command in commands)
            batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(ct);
    }
}
