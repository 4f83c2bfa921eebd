using System.Text.RegularExpressions;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Someone else appended to the stream since it was read. Not a bug: the user reloads and decides again
/// (the web layer answers HTTP 409 with <see cref="Exception.Message"/>).
/// </summary>
public class ConcurrencyException : Exception
{
    public ConcurrencyException(string streamId, string? streamType, long expectedVersion, long actualVersion)
        : this(streamId, streamType, expectedVersion, actualVersion,
            $"Someone else changed this {Noun(streamType)} ({streamId}) while you were working on it. Reload and try again.")
    {
    }

    protected ConcurrencyException(string streamId, string? streamType, long expectedVersion, long actualVersion, string message)
        : base(message)
    {
        StreamId = streamId;
        StreamType = streamType;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public string StreamId { get; }

    public string? StreamType { get; }

    public long ExpectedVersion { get; }

    public long ActualVersion { get; }

    /// <summary>
    /// "CarrierDeposit" reads as "carrier deposit" in a sentence, the aggregate "ClaimState" as "claim"; no type at all
    /// as "record".
    /// </summary>
    protected static string Noun(string? streamType) =>
        string.IsNullOrEmpty(streamType) || streamType == "State"
            ? "record"
            : Regex.Replace(streamType.EndsWith("State", StringComparison.Ordinal) ? streamType[..^"State".Length] : streamType,
                "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();
}

/// <summary>A stream was started under an id that is already taken.</summary>
public sealed class StreamAlreadyExistsException(string streamId, string? streamType, long actualVersion)
    : ConcurrencyException(streamId, streamType, 0, actualVersion,
        $"This {Noun(streamType)} ({streamId}) already exists. Reload it to see what was recorded.");
