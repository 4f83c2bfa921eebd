namespace Claims.Contracts.Expressions;

/// <summary>
/// The facts an evaluation reads (by slot, see <see cref="NameScope"/>) and the first failure it met. Failures
/// (division by zero, overflow) are recorded here instead of thrown, so one bad claim never stops a run.
/// </summary>
internal ref struct EvalContext(ReadOnlySpan<decimal> facts)
{
    public readonly ReadOnlySpan<decimal> Facts = facts;

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
