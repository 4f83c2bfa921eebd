namespace Claims.Infrastructure.Messaging;

/// <summary>A message a session will store with its events; <see cref="DueAt"/> null means "as soon as possible".</summary>
public sealed record OutgoingMessage(Guid Id, object Message, DateTimeOffset? DueAt);
