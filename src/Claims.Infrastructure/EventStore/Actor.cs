namespace Claims.Infrastructure.EventStore;

/// <summary>Who caused a change: a signed-in user's name, or the system itself for scheduled work.</summary>
public sealed record Actor(string Name)
{
    public static Actor System { get; } = new("system");

    public override string ToString() => Name;
}
