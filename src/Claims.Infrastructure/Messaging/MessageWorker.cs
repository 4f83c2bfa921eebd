using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Runs durable messages when they are due. Any number of workers, in any number of processes and nodes, can run
/// against one database: each message is locked by one worker at a time (FOR UPDATE SKIP LOCKED) and removed in the
/// transaction that commits its handler's work, so it completes once; a worker that dies releases it to the others.
/// </summary>
public sealed class MessageWorker
{
    private readonly EventStore.EventStore store;
    private readonly MessageBatch batch;
    private readonly MessagingOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<MessageWorker> logger;

    public MessageWorker(
        EventStore.EventStore store,
        IServiceScopeFactory scopes,
        IEnumerable<MessageHandlerInvoker> invokers,
        MessagingOptions options,
        TimeProvider time,
        ILogger<MessageWorker> logger)
    {
        this.store = store;
        this.options = options;
        this.time = time;
        this.logger = logger;
        batch = new MessageBatch(store, scopes, invokers.ToDictionary(i => i.MessageType), options, time, logger);
    }

    /// <summary>Runs everything due now (including follow-ups that become due meanwhile) and returns what it did.</summary>
    public async Task<WorkSummary> RunUntilIdleAsync(CancellationToken ct = default)
    {
        var total = WorkSummary.None;
        while (true)
        {
            var done = await batch.RunAsync(ct);
            total += done;
            if (done.Claimed == 0)
                return total;
        }
    }

    /// <summary>
    /// Works until cancelled: wakes on NOTIFY from a committing sender, when the next scheduled message falls due, or
    /// every <see cref="MessagingOptions.PollInterval"/> as a fallback.
    /// </summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var listener = await ListenAsync(ct);
                try
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await RunUntilIdleAsync(ct);
                        var wait = await NextWaitAsync(ct);
                        await listener.WaitAsync((int)wait.TotalMilliseconds, ct);
                    }
                }
                finally
                {
                    await UnlistenAsync(listener);
                }
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A background worker must outlive a database restart or a bug in one batch; it logs and starts over.
                logger.LogError(ex, "Message worker failed; starting again in {Delay}", options.PollInterval);
                try
                {
                    await Task.Delay(options.PollInterval, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public Task<IReadOnlyList<DeadMessage>> ListDeadAsync(CancellationToken ct = default) => MessageQueries.ListDeadAsync(store, ct);

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken ct)
    {
        // Held for the worker's lifetime and used for nothing else: notifications arrive only on the listening session.
        var conn = await store.DataSource.OpenConnectionAsync(ct);
        await using var listen = new NpgsqlCommand($"listen {Outbox.Channel}", conn);
        await listen.ExecuteNonQueryAsync(ct);
        return conn;
    }

    // The connection goes back to a pool that does not reset sessions (see EventStoreDataSource).
    private static async Task UnlistenAsync(NpgsqlConnection listener)
    {
        if (listener.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await using var unlisten = new NpgsqlCommand("unlisten *", listener);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // A broken connection is not returned to the pool anyway.
        }
    }

    private async Task<TimeSpan> NextWaitAsync(CancellationToken ct)
    {
        var next = await MessageQueries.NextDueAsync(store, ct);
        var wait = next is null ? options.PollInterval : next.Value - time.GetUtcNow();
        // Something due but locked by another worker: look again soon, but do not spin.
        var min = TimeSpan.FromMilliseconds(100);
        return wait < min ? min : wait > options.PollInterval ? options.PollInterval : wait;
    }
}
