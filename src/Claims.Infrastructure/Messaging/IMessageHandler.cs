namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Handles one durable message type. Whatever it does through <see cref="MessageContext.Session"/> (events, follow-up
/// messages, SQL) commits together with the message's removal, so it takes effect exactly once; if it throws, none of
/// it does and the message is retried later.
/// </summary>
public interface IMessageHandler<in TMessage>
{
    Task HandleAsync(TMessage message, MessageContext context, CancellationToken ct);
}
