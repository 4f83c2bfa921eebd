namespace Claims.Infrastructure.Messaging;

/// <summary>How the message worker claims, retries and gives up.</summary>
public sealed class MessagingOptions
{
    /// <summary>Failures after which a message is parked as dead.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the 1st, 2nd, ... failure; the last entry repeats.</summary>
    public IReadOnlyList<TimeSpan> Backoff { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

    /// <summary>Messages claimed per transaction; each runs under its own savepoint.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Longest a worker may sit inside its transaction without talking to the database. A worker that hangs longer
    /// is disconnected by the server, which releases its messages to the others (a dead process releases them at once).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Fallback poll when no notification arrives (a NOTIFY can be missed while reconnecting).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
