namespace Claims.Contracts.Expressions;

/// <summary>What an expression yields: an amount (a decimal) or a condition (true/false).</summary>
internal enum ValueKind
{
    Number,
    Condition,

    /// <summary>A node that could not be resolved (an unknown name); its type errors are not reported twice.</summary>
    Unknown,
}
