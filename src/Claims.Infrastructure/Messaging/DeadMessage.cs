namespace Claims.Infrastructure.Messaging;

/// <summary>A message Wolverine moved to its dead letters after repeated failures, waiting for a person to look at it.</summary>
public sealed record DeadMessage(
    Guid Id,
    string Type,
    string Body,
    string? ExceptionType,
    string? LastError,
    DateTimeOffset SentAt,
    string? SentBy,
    string? CorrelationId,
    bool Replayable);

/// <summary>What one run of due work did: follow-ups handed to Wolverine, and the dead letters there are now.</summary>
public sealed record WorkSummary(int Published, int Dead);
