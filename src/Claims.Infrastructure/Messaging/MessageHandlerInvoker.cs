using Microsoft.Extensions.DependencyInjection;

namespace Claims.Infrastructure.Messaging;

/// <summary>Calls the registered handler of one message type, resolved from the message's own scope.</summary>
public abstract class MessageHandlerInvoker
{
    public abstract Type MessageType { get; }

    internal abstract Task InvokeAsync(IServiceProvider services, object message, MessageContext context, CancellationToken ct);
}

internal sealed class MessageHandlerInvoker<TMessage> : MessageHandlerInvoker
{
    public override Type MessageType => typeof(TMessage);

    internal override Task InvokeAsync(IServiceProvider services, object message, MessageContext context, CancellationToken ct) =>
        services.GetRequiredService<IMessageHandler<TMessage>>().HandleAsync((TMessage)message, context, ct);
}
