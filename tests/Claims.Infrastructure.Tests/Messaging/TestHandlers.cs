using System.Collections.Concurrent;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Tests.EventStore;

namespace Claims.Infrastructure.Tests.Messaging;

/// <summary>Every handler call of one test store, in order (a singleton per test).</summary>
public sealed class HandlerCalls
{
    public ConcurrentQueue<(string Handler, Guid MessageId, int Attempt)> Calls { get; } = new();

    public int CountOf(string handler) => Calls.Count(c => c.Handler == handler);
}

/// <summary>Notes the reminder on the account's stream, through the session enlisted in the message's transaction.</summary>
public sealed class RemindOwnerHandler(HandlerCalls calls) : IMessageHandler<RemindOwner>
{
    public async Task HandleAsync(RemindOwner message, MessageContext context, CancellationToken ct)
    {
        calls.Calls.Enqueue((nameof(RemindOwnerHandler), context.MessageId, context.Attempt));
        var stream = await context.Session.Events.FetchForWriting<Account>(message.AccountId, ct);
        stream.AppendOne(new AmountNoted(0m, message.Text));
    }
}

public sealed record AlwaysFails(string Why);

public sealed class AlwaysFailsHandler(HandlerCalls calls) : IMessageHandler<AlwaysFails>
{
    public async Task HandleAsync(AlwaysFails message, MessageContext context, CancellationToken ct)
    {
        calls.Calls.Enqueue((nameof(AlwaysFailsHandler), context.MessageId, context.Attempt));
        // Written before the failure, inside the message's transaction: the rollback must take it away again.
        context.Session.Events.Append($"failure-trace-{context.Attempt}", 0, new AccountOpened("should never be kept"));
        await context.Session.SaveChangesAsync(ct);
        throw new InvalidOperationException(message.Why);
    }
}

public sealed record FailsOnce(string AccountId);

public sealed class FailsOnceHandler(HandlerCalls calls) : IMessageHandler<FailsOnce>
{
    public async Task HandleAsync(FailsOnce message, MessageContext context, CancellationToken ct)
    {
        calls.Calls.Enqueue((nameof(FailsOnceHandler), context.MessageId, context.Attempt));
        var stream = await context.Session.Events.FetchForWriting<Account>(message.AccountId, ct);
        stream.AppendOne(new AmountNoted(1m, $"attempt {context.Attempt}"));
        if (context.Attempt == 1)
            throw new TimeoutException("the carrier's system did not answer");
        // A follow-up, stored with the same commit.
        context.Session.Messages.Send(new RemindOwner(message.AccountId, "follow-up"));
    }
}
