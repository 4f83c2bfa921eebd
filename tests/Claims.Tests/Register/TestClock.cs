namespace Claims.Tests.Register;

/// <summary>A clock the test moves by hand, in a fixed UTC+8 zone (the shops' own).</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    public DateTimeOffset Now { get; set; } = now;

    public static TestClock At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Shanghai;

    public void MoveTo(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
}
