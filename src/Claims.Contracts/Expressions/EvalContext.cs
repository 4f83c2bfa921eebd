namespace Claims.Contracts.Expressions;

/// <summary>
/// The facts an evaluation reads (by slot, see <see cref="NameScope"/>) and the first failure it met. Failures
/// (division by zero, overflow) are recorded here instead of thrown, so one bad claim never stops a run.
/// </summary>
internal ref struct EvalContext(ReadOnlySpan<decimal> facts, int missing = 0)
{
    public readonly ReadOnlySpan<decimal> Facts = facts;

    /// <summary>Slots (as bits) whose fact the incident did not give; reading one fails the evaluation.</summary>
    public readonly int Missing = missing;

    /// <summary>The name of the fact the evaluation needed and did not have, when that is why it failed.</summary>
    public string? MissingFact { get; private set; }

    public void FailMissing(Node node, string fact)
    {
        if (FailedAt is not null)
            return;
        MissingFact = fact;
        Fail(node, $"{fact} is not given");
    }

    public Node? FailedAt { get; private set; }

    public string? Failure { get; private set; }

    public readonly bool Failed => FailedAt is not null;

    public void Fail(Node node, string what)
    {
        if (FailedAt is not null)
            return;
        FailedAt = node;
        Failure = what;
    }
}
