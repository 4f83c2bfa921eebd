namespace Claims.Infrastructure.Messaging;

/// <summary>What happens to a message after a failed attempt.</summary>
public sealed record RetryDecision(int Attempts, bool Dead, DateTimeOffset DueAt);

public static class RetryPolicy
{
    /// <param name="attempts">Failed attempts so far, including the one that just failed.</param>
    public static RetryDecision AfterFailure(int attempts, DateTimeOffset now, MessagingOptions options)
    {
        var dead = attempts >= options.MaxAttempts;
        var wait = options.Backoff.Count == 0 ? TimeSpan.Zero : options.Backoff[Math.Min(attempts, options.Backoff.Count) - 1];
        return new RetryDecision(attempts, dead, dead ? now : now + wait);
    }
}
