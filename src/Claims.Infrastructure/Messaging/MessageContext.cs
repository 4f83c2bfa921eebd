using Claims.Infrastructure.EventStore;

namespace Claims.Infrastructure.Messaging;

/// <summary>What a handler knows about the message it is running, and the session enlisted in its transaction.</summary>
public sealed record MessageContext(
    Guid MessageId,
    int Attempt,
    DateTimeOffset Now,
    string? SentBy,
    EventSession Session);
