namespace Claims.Infrastructure.Messaging;

/// <summary>
/// The outbox side of a session: messages are stored in the same transaction as the session's events and run later
/// by a <see cref="MessageWorker"/>, so they are sent if and only if the events are saved.
/// </summary>
public sealed class MessageOperations
{
    private readonly List<OutgoingMessage> pending = [];

    internal IReadOnlyList<OutgoingMessage> Pending => pending;

    /// <summary>Run the message as soon as a worker is free.</summary>
    public Guid Send(object message) => Add(message, null);

    /// <summary>Run the message no earlier than <paramref name="at"/> (a deadline, a payment due date).</summary>
    public Guid Schedule(object message, DateTimeOffset at) => Add(message, at);

    private Guid Add(object message, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = Guid.CreateVersion7();
        pending.Add(new OutgoingMessage(id, message, at));
        return id;
    }

    internal void Clear() => pending.Clear();
}
