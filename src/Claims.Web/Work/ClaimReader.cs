using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;

namespace Claims.Web.Work;

/// <summary>One line of a claim's timeline: when it was recorded, by whom, and the event.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Who, string Type, object Data);

/// <summary>A claim as its page and the API show it: state, the version it was read at, timeline and evidence.</summary>
public sealed record ClaimDetails(string Id, long Version, ClaimState State, IReadOnlyList<TimelineEntry> Timeline)
{
    public IEnumerable<EvidenceAttached> Evidence => Timeline.Select(t => t.Data).OfType<EvidenceAttached>();
}

/// <summary>Reads a claim from its stream (the stream is the record: the timeline is exactly what happened).</summary>
public sealed class ClaimReader(EventStore store)
{
    public async Task<ClaimDetails?> ReadAsync(string claimId, CancellationToken ct)
    {
        var events = await store.LightweightSession(Actor.System).Events.FetchStreamAsync(claimId, ct);
        if (events.Count == 0 || !claimId.StartsWith("claim:", StringComparison.Ordinal))
            return null;
        var state = ClaimState.From(events.Select(e => e.Data));
        return new ClaimDetails(claimId, events[^1].Version, state,
            events.Select(e => new TimelineEntry(e.OccurredAt, e.Actor, e.Type, e.Data)).ToList());
    }
}
