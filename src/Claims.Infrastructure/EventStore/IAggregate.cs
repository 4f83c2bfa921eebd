namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Immutable state rebuilt from a stream: start from <see cref="Empty"/> and fold each event with <see cref="Apply"/>
/// (returning a changed copy, e.g. with <c>with</c>; events it does not know leave it unchanged).
/// </summary>
public interface IAggregate<TSelf> where TSelf : IAggregate<TSelf>
{
    static abstract TSelf Empty { get; }

    TSelf Apply(object @event);
}

public static class Aggregate
{
    public static T Fold<T>(IEnumerable<object> events) where T : IAggregate<T> =>
        events.Aggregate(T.Empty, (state, e) => state.Apply(e));
}
