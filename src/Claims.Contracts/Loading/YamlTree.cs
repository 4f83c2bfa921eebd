using YamlDotNet.Core;

namespace Claims.Contracts.Loading;

/// <summary>A place in a file: 1-based line and column, and the 0-based character index.</summary>
internal readonly record struct Position(int Line, int Column, int Index)
{
    public static Position Of(Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index);
}

/// <summary>
/// A YAML node with its place in the file. Every scalar is kept as its raw text (no type guessing), so a clause id
/// `7.10` stays "7.10" and `pay: 0` is the expression "0".
/// </summary>
internal abstract record YamlNode(Position Start, Position End)
{
    public abstract string Describe();
}

internal sealed record YamlScalar(string Value, ScalarStyle Style, Position Start, Position End) : YamlNode(Start, End)
{
    /// <summary>An empty value or a plain `~`/`null`: the key is there but says nothing.</summary>
    public bool IsNull => Style is ScalarStyle.Plain or ScalarStyle.Any && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "empty" : $"'{Value}'";
}

internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, Position Start, Position End)
    : YamlNode(Start, End)
{
    public override string Describe() => "a mapping (keys with values)";
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, Position Start, Position End) : YamlNode(Start, End)
{
    public override string Describe() => "a list";
}
