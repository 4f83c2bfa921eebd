namespace Claims.Contracts.Model;

/// <summary>The names of a shipment direction everywhere they are written or read: files, CLI, register, stream ids.</summary>
public static class DirectionNames
{
    /// <summary>The lower-case name the register, CLI and API use.</summary>
    public static string Name(Direction direction) => direction == Direction.Forward ? "forward" : "return";

    /// <summary>forward / 正向 or return / 逆向 (English ignoring case and surrounding spaces); null for anything else.</summary>
    public static Direction? Parse(string? text) => text?.Trim() switch
    {
        "正向" => Direction.Forward,
        "逆向" => Direction.Return,
        { } t when t.Equals("forward", StringComparison.OrdinalIgnoreCase) => Direction.Forward,
        { } t when t.Equals("return", StringComparison.OrdinalIgnoreCase) => Direction.Return,
        _ => null,
    };
}
