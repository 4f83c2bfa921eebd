namespace Claims.Demo;

/// <summary>
/// The clock the demo plays its year forward on: one business day after another, in the real clock's time zone,
/// never later than the real now (so nothing is recorded in the future).
/// </summary>
internal sealed class DemoClock(TimeProvider real) : TimeProvider
{
    private DateTimeOffset now = real.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Mid-afternoon of the day, when the office has done that day's work; today: the real now.</summary>
    public void MoveTo(DateOnly day, int minuteOfDay = 15 * 60)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay);
        var at = new DateTimeOffset(local, real.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
        var realNow = real.GetUtcNow();
        now = at > realNow ? realNow : at;
    }
}
