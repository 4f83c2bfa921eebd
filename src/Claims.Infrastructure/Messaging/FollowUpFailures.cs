using JasperFx.CodeGeneration;
using JasperFx;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Wolverine's error policy for the follow-up messages: the types kept in scheduled_work (registered with
/// <c>AddMessageType</c>), read from the container when Wolverine builds its handlers. A version conflict (two
/// nodes deciding on one stream) is run again at once, up to seven times within about 3 s: it then sees the winner's
/// events and decides again, usually nothing. Anything else is retried after each <see cref="MessagingOptions.Backoff"/>
/// wait, then moved to the dead letters for a person (`claims work --dead`); a save refused during a read-model rebuild
/// is tried again every 2 minutes for 50 minutes (Wolverine allows 25 attempts).
/// </summary>
internal sealed class FollowUpFailures(MessagingOptions options) : IHandlerPolicy
{
    private static readonly TimeSpan[] ConflictCooldown = [.. new[] { 20, 50, 100, 200, 400, 800, 1600 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    private static readonly TimeSpan[] RebuildWaits = [.. Enumerable.Repeat(TimeSpan.FromMinutes(2), 25)];

    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        var followUps = container.GetInstance<EventStore.EventStoreOptions>().Messages;
        foreach (var chain in chains.Where(c => followUps.Contains(c.MessageType)))
        {
            chain.OnException<EventStore.ConcurrencyException>().Or<JasperFx.ConcurrencyException>()
                .RetryWithCooldown([.. ConflictCooldown])
                .Then.ScheduleRetry([.. options.Backoff]).Then.MoveToErrorQueue();
            // A rebuild of the read models refuses saves for minutes on a large store: wait it out, then decide.
            chain.OnException<EventStore.ReadModelsRebuildingException>()
                .ScheduleRetry([.. RebuildWaits]).Then.MoveToErrorQueue();
            chain.OnAnyException().ScheduleRetry([.. options.Backoff]).Then.MoveToErrorQueue();
        }
        // A batch lives only in the memory of the node that gathered it (its members are what Wolverine keeps), so it is
        // retried in place, with the same waits; when they are spent each member becomes a dead letter of its own, which
        // `claims work --replay` runs again alone. A node that dies meanwhile leaves the members for another to take over.
        foreach (var chain in chains.Where(c => c.MessageType.IsArray && followUps.Contains(c.MessageType.GetElementType()!)))
        {
            chain.OnException<EventStore.ConcurrencyException>().Or<JasperFx.ConcurrencyException>()
                .RetryWithCooldown([.. ConflictCooldown, .. options.Backoff]).Then.MoveToErrorQueue();
            chain.OnException<EventStore.ReadModelsRebuildingException>()
                .RetryWithCooldown([.. RebuildWaits]).Then.MoveToErrorQueue();
            chain.OnAnyException().RetryWithCooldown([.. options.Backoff]).Then.MoveToErrorQueue();
        }
    }
}
