using System.Text;
using Claims.Infrastructure.EventStore;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Claims.Infrastructure.Messaging;

/// <summary>What became of a replayed dead letter.</summary>
public enum ReplayResult
{
    NotFound,
    Handled,
    FailedAgainRetrying,
    DeadAgain,
    StillWaiting,
}

/// <summary>
/// Hands follow-ups whose business date has come to Wolverine. A sweep takes due rows of <c>scheduled_work</c> (locked,
/// skipping rows another sweep holds), deletes them and publishes one durable Wolverine message each through the
/// Marten outbox, all in one transaction: a row becomes a message exactly once however many sweeps run at once, and a
/// sweep that dies publishes nothing. Wolverine then runs each message once, retries it by its error policies and
/// moves it to its dead letters when those are spent.
/// </summary>
public sealed class DueWork(
    IDocumentStore marten, IWolverineRuntime runtime, EventStoreOptions options, TimeProvider time, ILogger<DueWork> logger)
{
    private const int SweepBatch = 500;

    /// <summary>
    /// The header naming the business date a follow-up was swept for. Its handler decides as of that date, whichever
    /// node runs it and whenever: a deadline due by D is judged on D, not on the clock of the node that took it over.
    /// </summary>
    public const string BusinessDateHeader = "claims-business-date";

    /// <summary>Who caused the follow-up (the user whose step scheduled it), shown with a dead letter.</summary>
    private const string SentByHeader = "claims-sent-by";

    /// <summary>The business date a follow-up runs for (its sweep's), or null for a message sent some other way.</summary>
    public static DateOnly? BusinessDateOf(Envelope envelope) =>
        envelope.Headers.TryGetValue(BusinessDateHeader, out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : null;

    /// <summary>Publish every follow-up due by the end of <paramref name="through"/> (the shop's date); returns how many.</summary>
    public async Task<int> SweepAsync(DateOnly through, CancellationToken ct = default)
    {
        var before = time.StartOf(through.AddDays(1));
        var total = 0;
        while (true)
        {
            var published = await SweepBatchAsync(before, through, ct);
            total += published;
            if (published < SweepBatch)
                return total;
        }
    }

    /// <summary>
    /// Sweep, wait until Wolverine has run every message in its inbox, and again while follow-ups fall due meanwhile
    /// (a deemed acceptance schedules its payment check): what `claims work --until-idle` does.
    /// </summary>
    public async Task<WorkSummary> RunUntilIdleAsync(DateOnly through, CancellationToken ct = default)
    {
        var published = 0;
        while (true)
        {
            var swept = await SweepAsync(through, ct);
            published += swept;
            // Messages this sweep did not publish may have run meanwhile (a dead node's, taken over) and scheduled more.
            var ran = await DrainAsync(ct);
            if (swept == 0 && !ran)
                return new WorkSummary(published, (await ListDeadAsync(ct)).Count);
        }
    }

    /// <summary>
    /// Waits until Wolverine's inbox holds nothing to run: no message waiting, and no retry scheduled (a deduction that
    /// lost a version race to another node is retried shortly; one that keeps failing becomes a dead letter after its
    /// last backoff, about 2.5 minutes).
    /// </summary>
    /// <returns>Whether there was anything to wait for.</returns>
    public async Task<bool> DrainAsync(CancellationToken ct = default)
    {
        var delay = TimeSpan.FromMilliseconds(20);
        var waited = false;
        while (await runtime.Storage.Admin.FetchCountsAsync() is { } counts && counts.Incoming + counts.Scheduled > 0)
        {
            waited = true;
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
        return waited;
    }

    public async Task<IReadOnlyList<DeadMessage>> ListDeadAsync(CancellationToken ct = default)
    {
        var dead = new List<DeadMessage>();
        for (var page = 0; ; page++)
        {
            var results = await runtime.Storage.DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery { PageNumber = page, PageSize = 200 }, ct);
            dead.AddRange(results.Envelopes.Select(Describe));
            if (results.Envelopes.Count < 200)
                return dead.OrderBy(d => d.SentAt).ThenBy(d => d.Id).ToList();
        }
    }

    /// <summary>Run a dead letter again (Wolverine moves it back to its inbox); false when there is none with that id.</summary>
    public async Task<bool> ReplayAsync(Guid id, CancellationToken ct = default)
    {
        if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id) is null)
            return false;
        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery([id]), ct);
        logger.LogInformation("Dead letter {MessageId} replayed", id);
        return true;
    }

    /// <summary>
    /// Replay a dead letter and wait (up to <paramref name="patience"/>) to see what became of it: Wolverine's durability
    /// agent (on whichever node holds it) moves it back to the inbox, and a node runs it.
    /// </summary>
    public async Task<ReplayResult> ReplayAndWaitAsync(Guid id, TimeSpan patience, CancellationToken ct = default)
    {
        if (!await ReplayAsync(id, ct))
            return ReplayResult.NotFound;
        // Real time, not the business clock: `claims work --today D` moves the date, and a test clock may stand still.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < patience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            if (await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id) is { Replayable: false })
                return ReplayResult.DeadAgain;
            var incoming = (await runtime.Storage.Admin.AllIncomingAsync()).FirstOrDefault(e => e.Id == id);
            switch (incoming?.Status)
            {
                case EnvelopeStatus.Handled:
                    return ReplayResult.Handled;
                case EnvelopeStatus.Scheduled:
                    return ReplayResult.FailedAgainRetrying;
            }
        }
        return ReplayResult.StillWaiting;
    }

    private async Task<int> SweepBatchAsync(DateTimeOffset before, DateOnly through, CancellationToken ct)
    {
        await using var session = marten.LightweightSession();
        var outbox = new MartenOutbox(runtime, session);
        await session.BeginTransactionAsync(ct);
        var rows = new List<(Guid Id, string Type, string Body, string? SentBy, string? Correlation)>();
        await using (var take = new NpgsqlCommand("""
            delete from scheduled_work where id in (
              select id from scheduled_work where due_at < $1 order by due_at limit $2 for update skip locked)
            returning id, type, body, sent_by, correlation_id
            """, session.Connection))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = before.ToUniversalTime() });
            take.Parameters.Add(new NpgsqlParameter { Value = SweepBatch });
            await using var reader = await take.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        if (rows.Count == 0)
            return 0;
        foreach (var row in rows)
        {
            if (options.Messages.TypeOf(row.Type) is null)
                throw new InvalidOperationException($"Scheduled work {row.Id} is a '{row.Type}', which no handler knows.");
            var message = options.Messages.Deserialize(row.Type, row.Body, options.Json);
            // The row's id goes along: what `claims work --dead` shows can be traced to what scheduled it.
            var delivery = new DeliveryOptions();
            delivery.Headers[BusinessDateHeader] = through.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            delivery.Headers["claims-scheduled-id"] = row.Id.ToString();
            if (row.SentBy is not null)
                delivery.Headers[SentByHeader] = row.SentBy;
            // Set for every row, so a row without one does not carry on the previous row's conversation.
            outbox.CorrelationId = row.Correlation;
            await outbox.PublishAsync(message, delivery);
        }
        await session.SaveChangesAsync(ct);
        logger.LogDebug("Published {Count} due follow-ups", rows.Count);
        return rows.Count;
    }

    private static DeadMessage Describe(DeadLetterEnvelope d)
    {
        var envelope = d.Envelope;
        var body = envelope.Data is { Length: > 0 } data ? Encoding.UTF8.GetString(data) : "{}";
        envelope.Headers.TryGetValue(SentByHeader, out var sentBy);
        return new DeadMessage(d.Id, d.MessageType, body, d.ExceptionType, d.ExceptionMessage, d.SentAt, sentBy, envelope.CorrelationId, d.Replayable);
    }
}
