using Wolverine.Runtime.Batching;

namespace Claims.Infrastructure.Messaging;

/// <summary>How due work is swept into Wolverine and how Wolverine retries it.</summary>
public sealed class MessagingOptions
{
    /// <summary>How often a web node sweeps today's due follow-ups into Wolverine.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Waits between attempts after a failure, in Wolverine's durable inbox; when spent, the message is a dead letter.</summary>
    public IReadOnlyList<TimeSpan> Backoff { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    /// <summary>
    /// Whether this process runs Wolverine's durable agents and handlers for follow-ups (web, `claims work`), or only
    /// invokes commands (every other CLI command: it starts faster and leaves the follow-ups to a worker).
    /// </summary>
    public bool RunsFollowUps { get; set; } = true;

    /// <summary>
    /// Message types that change one shared stream (a carrier's deposit): each node runs them one at a time, so they do
    /// not fail each other's version checks; two nodes may still meet, and the loser's retry decides again.
    /// </summary>
    public List<Type> OneAtATime { get; } = [];

    /// <summary>Follow-ups Wolverine hands to their handler in batches (a <c>T[]</c> handler), and how it groups them.</summary>
    public List<(Type Type, IMessageBatcher Batcher)> Batched { get; } = [];

    /// <summary>The most follow-ups of one batch (one transaction).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Hand <typeparamref name="T"/> to a <c>T[]</c> handler in batches of one business date and one
    /// <paramref name="key"/> (messages drawing on one deposit), up to <see cref="BatchSize"/>, gathered for at most
    /// Wolverine's trigger time (250 ms).
    /// </summary>
    public void Batch<T>(Func<T, string?> key) => Batched.Add((typeof(T), new FollowUpBatcher<T>(key)));
}
