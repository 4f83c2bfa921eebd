namespace Claims.Lifecycle;

/// <summary>
/// The rule of CLI.md for back-filled business dates: a fact may be recorded later than it happened, but it
/// never happens before the fact it follows, and never in the future.
/// </summary>
public static class BusinessDates
{
    public static Refusal? Check(DateOnly on, DateOnly today, DateOnly? notBefore, string whatItFollows)
    {
        if (on > today)
            return new Refusal("date.future", $"The date {on:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).");
        if (notBefore is { } earliest && on < earliest)
            return new Refusal("date.before", $"The date {on:yyyy-MM-dd} is before {whatItFollows} ({earliest:yyyy-MM-dd}).");
        return null;
    }
}
