using Claims.Contracts;
using Claims.Contracts.IncidentFiles;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Lifecycle.Reporting;
using Npgsql;

namespace Claims.Register;

public sealed record ImportError(int Line, string Reason);

/// <summary>What an import did. Duplicates are rows whose waybill and direction already have a claim (or appear
/// earlier in the file): importing the same file again creates nothing.</summary>
public sealed record ImportSummary(int Created, int Duplicates, int Invalid, IReadOnlyList<ImportError> Errors);

/// <summary>Where a running import is, reported as each batch commits: rows read so far and what became of them.</summary>
public sealed record ImportProgress(int Read, int Created, int Duplicates, int Invalid);

/// <summary>
/// Bulk import of incident rows: a batch of new claims per transaction, so a crash leaves whole batches behind and a
/// re-run skips what landed. Rows are streamed: memory holds one batch, not the file.
/// </summary>
public sealed class ClaimImport(
    EventStore store, ContractRegistry registry, TimeProvider time, NpgsqlDataSource dataSource, Wolverine.Runtime.IWolverineRuntime? wolverine = null)
{
    public const int BatchSize = 500;

    private const int BatchesInFlight = 2;

    /// <summary>The registered contract set, whose carriers the file's carrier column is resolved against.</summary>
    public Task<ContractSet?> ContractsAsync(CancellationToken ct = default) => registry.GetAsync(ct);

    public async Task<ImportSummary> ImportAsync(IEnumerable<IncidentRow> rows, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var set = await registry.GetAsync(ct);
        int created = 0, duplicates = 0, invalid = 0, read = 0;
        var errors = new List<ImportError>();
        var batch = new Dictionary<string, IncidentRow>(StringComparer.Ordinal);
        // Two batches in flight on two connections: one is written while the next is assessed and serialised. A row
        // whose claim an unfinished batch is creating is a duplicate there and then, so batches never contend.
        var inFlight = new Queue<(Task<(int Created, int Duplicates)> Save, IReadOnlySet<string> Ids)>();
        async Task CompleteOldestAsync()
        {
            var (c, d) = await inFlight.Dequeue().Save;
            created += c;
            duplicates += d;
            progress?.Report(new ImportProgress(read, created, duplicates, invalid));
        }
        async Task FlushAsync()
        {
            if (inFlight.Count >= BatchesInFlight)
                await CompleteOldestAsync();
            var next = new Dictionary<string, IncidentRow>(batch, StringComparer.Ordinal);
            batch.Clear();
            foreach (var (_, ids) in inFlight)
                duplicates += next.Keys.Where(ids.Contains).ToList().Count(next.Remove);
            inFlight.Enqueue((SaveBatchAsync(next, set, actor, ct), next.Keys.ToHashSet(StringComparer.Ordinal)));
        }

        try
        {
            await foreach (var row in Prefetch.ReadAsync(rows, BatchSize * 2, ct))
            {
                read++;
                if (row.Incident is not { } incident)
                {
                    invalid++;
                    errors.Add(new ImportError(row.Line, row.Error ?? "invalid row"));
                    continue;
                }
                if (incident.IncidentOn > time.Today())
                {
                    invalid++;
                    errors.Add(new ImportError(row.Line, $"the incident date {incident.IncidentOn:yyyy-MM-dd} is in the future"));
                    continue;
                }
                if (!batch.TryAdd(ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction), row))
                    duplicates++;
                if (batch.Count >= BatchSize)
                    await FlushAsync();
            }
            if (batch.Count > 0)
                await FlushAsync();
            while (inFlight.Count > 0)
                await CompleteOldestAsync();
        }
        finally
        {
            // After a failure the other batch still finishes (or fails) before its connection and session are let go.
            await ((Task)Task.WhenAll(inFlight.Select(f => f.Save))).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return new ImportSummary(created, duplicates, invalid, errors);
    }

    private async Task<(int Created, int Duplicates)> SaveBatchAsync(
        Dictionary<string, IncidentRow> batch, ContractSet? set, Actor actor, CancellationToken ct)
    {
        var command = new ImportIncidentBatch(batch.ToDictionary(b => b.Key, b => b.Value.Incident!, StringComparer.Ordinal), set, actor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await CommandBus.InvokeAsync(wolverine, command,
                    () => SaveBatchAsync(store.LightweightSession(actor), command, dataSource, time, ct), ct);
                return (created, batch.Count - created);
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
                // Another import or a reporter created one of these claims meanwhile: look again and retry the batch.
            }
        }
    }

    /// <summary>Starts a claim for each incident of the batch that has none yet; returns how many it started.</summary>
    internal static async Task<int> SaveBatchAsync(
        EventSession session, ImportIncidentBatch command, NpgsqlDataSource dataSource, TimeProvider time, CancellationToken ct)
    {
        var existing = await ExistingAsync(dataSource, [.. command.Incidents.Keys], ct);
        var today = time.Today();
        var created = 0;
        foreach (var (id, incident) in command.Incidents)
        {
            if (existing.Contains(id))
                continue;
            var decision = ReportIncidentHandler.Decide(ClaimState.Empty, incident, ClaimReporting.Assess(command.Contracts, incident), today);
            session.Events.StartStream<ClaimState>(id, [.. decision.Events]);
            ClaimReporting.Schedule(session, decision, time);
            created++;
        }
        await session.SaveChangesAsync(ct);
        return created;
    }

    private static async Task<HashSet<string>> ExistingAsync(NpgsqlDataSource dataSource, string[] ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select id from claims where id = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found.Add(reader.GetString(0));
        return found;
    }
}
