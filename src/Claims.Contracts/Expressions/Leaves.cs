namespace Claims.Contracts.Expressions;

internal sealed class NumberLiteral(int start, int end, decimal value) : Node(start, end, [])
{
    public decimal Value { get; } = value;

    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context) => Value;
}

internal sealed class BoolLiteral(int start, int end, bool value) : Node(start, end, [])
{
    public bool Value { get; } = value;

    public override ValueKind Kind => ValueKind.Condition;

    public override bool Condition(ref EvalContext context) => Value;
}

/// <summary>A fact of the incident (or of the month), read from its slot.</summary>
internal sealed class FactReference(int start, int end, string name, int slot) : Node(start, end, [])
{
    public string Name { get; } = name;

    public int Slot { get; } = slot;

    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context)
    {
        if ((context.Missing & (1 << Slot)) != 0)
            context.FailMissing(this, Name);
        return context.Facts[Slot];
    }
}

/// <summary>A name from the contract's `constants`; its value is fixed when the file is loaded.</summary>
internal sealed class ConstantReference(int start, int end, string name, decimal value) : Node(start, end, [])
{
    public string Name { get; } = name;

    public decimal Value { get; } = value;

    public override ValueKind Kind => ValueKind.Number;

    public override decimal Number(ref EvalContext context) => Value;
}

/// <summary>Stands for a name that could not be resolved, so compiling can go on and report every unknown name.</summary>
internal sealed class UnresolvedName(int start, int end, IReadOnlyList<Node> arguments) : Node(start, end, arguments)
{
    public override ValueKind Kind => ValueKind.Unknown;
}
