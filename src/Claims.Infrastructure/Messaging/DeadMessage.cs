namespace Claims.Infrastructure.Messaging;

/// <summary>A message parked after repeated failures, waiting for a person to look at it.</summary>
public sealed record DeadMessage(
    Guid Id,
    string Type,
    string Body,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FailedAt,
    string? SentBy,
    string? CorrelationId);

/// <summary>What one run of the worker did.</summary>
public sealed record WorkSummary(int Handled, int Failed, int Dead)
{
    public static WorkSummary None { get; } = new(0, 0, 0);

    public int Claimed => Handled + Failed + Dead;

    public static WorkSummary operator +(WorkSummary a, WorkSummary b) =>
        new(a.Handled + b.Handled, a.Failed + b.Failed, a.Dead + b.Dead);
}
