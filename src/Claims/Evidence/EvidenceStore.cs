using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;
using Npgsql;

namespace Claims.Evidence;

/// <summary>
/// Files attached to claims: checked by content, stored in PostgreSQL once per SHA-256, and recorded on the claim
/// as EvidenceAttached, the file and the event in one transaction.
/// </summary>
public sealed class EvidenceStore(
    EventStore store, NpgsqlDataSource dataSource, EvidenceOptions options, TimeProvider time, Wolverine.Runtime.IWolverineRuntime? wolverine = null)
{
    public long MaxBytes => options.MaxBytes;

    public async Task<EvidenceItem> AttachAsync(string claimId, string fileName, Stream content, Actor actor, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        var upload = await CappedRead.ReadAsync(content, options.MaxBytes, ct);
        var size = upload.TooLarge ? options.MaxBytes + 1 : upload.Bytes.Count;
        var head = upload.Bytes.AsSpan(0, Math.Min(upload.Bytes.Count, FileKinds.SignatureLength));
        var (kind, refusal) = EvidenceCheck.Check(name, head, size, options.MaxBytes);
        if (refusal is not null)
            throw new EvidenceRejectedException(refusal.Code, refusal.Message);
        var attached = new EvidenceAttached(upload.Sha256, name, kind!.ContentType, size);
        var command = new AttachEvidenceCommand(claimId, attached, upload.Bytes, actor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await CommandBus.InvokeAsync(wolverine, command, () => AttachAsync(store.LightweightSession(actor), command, time, ct), ct);
                if (outcome.Refusal is { } refused)
                    throw new EvidenceRejectedException(refused.Code, refused.Message);
                return outcome.Added
                    ? new EvidenceItem(attached.Sha256, name, attached.ContentType, size, time.GetUtcNow(), actor.Name)
                    : (await ListAsync(claimId, ct)).First(e => e.Sha256 == attached.Sha256);
            }
            catch (ConcurrencyException) when (attempt < 3)
            {
                // The claim moved on meanwhile (a note, a payment): decide again on its new state.
            }
        }
    }

    /// <summary>Records the file on the claim and stores its bytes (once per SHA-256), in one transaction.</summary>
    internal static async Task<AttachOutcome> AttachAsync(EventSession session, AttachEvidenceCommand command, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ClaimState>(command.ClaimId, ct);
        var decision = AttachEvidenceHandler.Decide(stream.Aggregate, command.File);
        if (decision.Refusal is { } refused)
            return new AttachOutcome(refused, false);
        if (decision.Events.Count == 0)
            return new AttachOutcome(null, false);
        stream.AppendMany([.. decision.Events]);
        var file = command.File;
        session.QueueSqlCommand("""
            insert into evidence_files (sha256, content_type, size_bytes, file_name, stored_at, content)
            values ($1, $2, $3, $4, $5, $6) on conflict (sha256) do nothing
            """, file.Sha256, file.ContentType, file.SizeBytes, file.FileName, time.GetUtcNow(), command.Content);
        await session.SaveChangesAsync(ct);
        return new AttachOutcome(null, true);
    }

    /// <summary>The files attached to a claim, oldest first (none for an unknown claim).</summary>
    public async Task<IReadOnlyList<EvidenceItem>> ListAsync(string claimId, CancellationToken ct)
    {
        var events = await store.LightweightSession(Actor.System).Events.FetchStreamAsync(claimId, ct);
        return events.Where(e => e.Data is EvidenceAttached).Select(e =>
        {
            var a = (EvidenceAttached)e.Data;
            return new EvidenceItem(a.Sha256, a.FileName, a.ContentType, a.SizeBytes, e.OccurredAt, e.Actor);
        }).ToList();
    }

    /// <summary>A stored file by its SHA-256 (lower-case hex), or null when no such file is stored.</summary>
    public async Task<EvidenceContent?> OpenAsync(string sha256, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select content, content_type, file_name from evidence_files where sha256 = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = sha256.Trim().ToLowerInvariant() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new EvidenceContent(reader.GetFieldValue<byte[]>(0), reader.GetString(1), reader.GetString(2));
    }
}
