using Claims.Infrastructure.EventStore;
using Claims.Register;

namespace Claims.Web.Work;

/// <summary>
/// Runs a step on a claim for a signed-in person. When the page or API call says which version it saw, that version is
/// the one the claim must still be at when the step is appended: a claim that moved on is a
/// <see cref="ConcurrencyException"/> (HTTP 409, "someone changed this claim"), and of two requests that saw the same
/// version only one is recorded.
/// </summary>
public sealed class ClaimActions(ClaimCommands commands)
{
    public Task<CommandOutcome> RunAsync(string claimId, long? seenVersion, ClaimStep step, Actor actor, CancellationToken ct) =>
        commands.RunAsync(claimId, actor, step.Decide, ct, seenVersion);
}
