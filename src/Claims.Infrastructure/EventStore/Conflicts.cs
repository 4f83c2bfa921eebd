using Marten;
using Marten.Exceptions;

namespace Claims.Infrastructure.EventStore;

/// <summary>Marten's concurrency failures as the typed conflict users are shown (HTTP 409, one CLI line).</summary>
internal static class Conflicts
{
    /// <summary>The append a concurrency failure refused, or null when the failure is something else.</summary>
    public static PendingAppend? StreamOf(Exception ex, EventOperations events) => ex switch
    {
        ExistingStreamIdCollisionException collision =>
            events.Find(collision.Id?.ToString()) ?? events.Pending.FirstOrDefault(p => p.ExpectedVersion == 0) ?? Unknown(collision.Id),
        JasperFx.ConcurrencyException moved => events.Find(moved.Id?.ToString()) ?? events.Pending.FirstOrDefault() ?? Unknown(moved.Id),
        _ => null,
    };

    /// <summary>The conflict with the version the stream is at now, read after the failed save.</summary>
    public static async Task<ConcurrencyException> DescribeAsync(IDocumentStore marten, PendingAppend append, CancellationToken ct)
    {
        long actual;
        await using (var session = marten.QuerySession())
            actual = (await session.Events.FetchStreamStateAsync(append.StreamId, ct))?.Version ?? 0;
        return append.ExpectedVersion == 0
            ? new StreamAlreadyExistsException(append.StreamId, append.StreamType, actual)
            : new ConcurrencyException(append.StreamId, append.StreamType, append.ExpectedVersion, actual);
    }

    private static PendingAppend Unknown(object? id) => new(id?.ToString() ?? "", null, -1);
}
