namespace Claims.Lifecycle;

/// <summary>A business refusal: a value with a message a user can act on (STYLE.md), and a stable code
/// the web layer uses to translate it and pick the HTTP status.</summary>
public sealed record Refusal(string Code, string Message);

/// <summary>A follow-up message to run on a business date (at the start of that day in the shop's time zone).</summary>
public sealed record Scheduled(object Message, DateOnly DueOn);

/// <summary>What a pure handler decided: events to append and messages to schedule, or a refusal.</summary>
public sealed record Decision(IReadOnlyList<object> Events, IReadOnlyList<Scheduled> Messages, Refusal? Refusal)
{
    public static readonly Decision Nothing = new([], [], null);

    public bool IsRefused => Refusal is not null;

    public static Decision Of(params object[] events) => new(events, [], null);

    public static Decision Refuse(string code, string message) => new([], [], new Refusal(code, message));

    public Decision And(params object[] events) => this with { Events = [.. Events, .. events] };

    public Decision Schedule(object message, DateOnly dueOn) => this with { Messages = [.. Messages, new Scheduled(message, dueOn)] };
}
