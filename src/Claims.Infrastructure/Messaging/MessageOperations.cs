namespace Claims.Infrastructure.Messaging;

/// <summary>
/// The follow-ups a session stores with its events (in <c>scheduled_work</c>, same transaction): they exist if and
/// only if the events were saved, and Wolverine runs them once their business date has come (<see cref="DueWork"/>).
/// </summary>
public sealed class MessageOperations
{
    private readonly List<OutgoingMessage> pending = [];

    internal IReadOnlyList<OutgoingMessage> Pending => pending;

    /// <summary>Run the message at the next sweep.</summary>
    public Guid Send(object message) => Add(message, null);

    /// <summary>Run the message once the sweep's business day reaches <paramref name="at"/> (a deadline, a payment due date).</summary>
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
