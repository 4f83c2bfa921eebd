using Claims.Contracts.Model;

namespace Claims.Register;

/// <summary>The lower-case direction names the register, the CLI and the API use.</summary>
public static class Names
{
    public static string Of(Direction direction) => direction == Direction.Forward ? "forward" : "return";

    public static Direction? ParseDirection(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "forward" => Direction.Forward,
        "return" => Direction.Return,
        _ => null,
    };
}
