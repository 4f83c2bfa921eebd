using Wolverine;
using Wolverine.Runtime.Batching;

namespace Claims.Infrastructure.Messaging;

/// <summary>
/// Groups follow-ups Wolverine batches (<see cref="MessagingOptions.Batch{T}"/>) by the business date they were swept
/// for and by a key of the message (the carrier whose deposit they draw on), and gives each batch its members' business
/// date header, so the batch handler decides as of that date (<see cref="DueWork.BusinessDateOf"/>) exactly as each
/// member alone would have. Members keep their order, so the handler's messages and <see cref="IBatchContext.Members"/>
/// match one to one.
/// </summary>
public sealed class FollowUpBatcher<T>(Func<T, string?> key) : IMessageBatcher
{
    public Type BatchMessageType => typeof(T[]);

    public IEnumerable<Envelope> Group(IReadOnlyList<Envelope> envelopes)
    {
        foreach (var group in envelopes.GroupBy(e =>
                     (e.TenantId ?? "", e.Headers.GetValueOrDefault(DueWork.BusinessDateHeader) ?? "", e.Message is T m ? key(m) ?? "" : "")))
        {
            var members = group.ToList();
            var batch = new Envelope(members.Select(e => e.Message).OfType<T>().ToArray(), members)
            {
                TenantId = group.Key.Item1.Length == 0 ? null : group.Key.Item1,
            };
            if (group.Key.Item2.Length > 0)
                batch.Headers[DueWork.BusinessDateHeader] = group.Key.Item2;
            yield return batch;
        }
    }
}
