namespace Claims.Cli.Hosting;

/// <summary>
/// The system clock moved to another business day (`claims work --today D`): time of day and time zone as they are,
/// the date D, so deadlines are judged as they will be (or were) on that day.
/// </summary>
internal sealed class BusinessDayClock(DateOnly day) : TimeProvider
{
    private readonly TimeSpan shift = day.ToDateTime(TimeOnly.MinValue) - System.GetLocalNow().Date;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
