namespace Claims.Infrastructure.Tests.Time;

/// <summary>A clock the test moves by hand, so "later" needs no waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)))
    {
    }

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
