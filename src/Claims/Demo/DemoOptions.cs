namespace Claims.Demo;

/// <summary>How much demo data to make. <see cref="ParcelsPerMonth"/> is the shop's monthly volume across all carriers.</summary>
public sealed record DemoOptions
{
    /// <summary>About 2,400 claims over 12 months: enough for every page and chart to look lived-in, and a first run that
    /// fills them in about 10 s here (2 cores; measured 8-17 s with other work on the machine).</summary>
    public const int DefaultParcelsPerMonth = 100_000;

    public int Months { get; init; } = 12;

    public int ParcelsPerMonth { get; init; } = DefaultParcelsPerMonth;

    public int Seed { get; init; } = 20260101;

    /// <summary>Contract files registered when the store has none yet; null: contracts-samples/ found upwards from the current directory.</summary>
    public string? ContractsFolder { get; init; }
}

/// <summary>Where the fill is: a stage, and how far through it.</summary>
public sealed record DemoProgress(string Stage, int Done, int Total);

/// <summary>What the fill made.</summary>
public sealed record DemoSummary(
    DateOnly From,
    DateOnly To,
    int Carriers,
    long Parcels,
    int Claims,
    int Deductions,
    int TopUpRequests,
    TimeSpan Elapsed);

/// <summary>The store already holds claims: demo data is only ever added to an empty store.</summary>
public sealed class DemoRefusedException(string message) : Exception(message);
