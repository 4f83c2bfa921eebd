namespace Claims.Infrastructure;

/// <summary>Business dates against the clock: today is the shop's local date, and a message due on a day runs from
/// the start of that day in the shop's time zone.</summary>
public static class ClaimClock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public static DateOnly LocalDate(this TimeProvider time, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone).DateTime);

    public static DateTimeOffset StartOf(this TimeProvider time, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, time.LocalTimeZone.GetUtcOffset(local));
    }
}
