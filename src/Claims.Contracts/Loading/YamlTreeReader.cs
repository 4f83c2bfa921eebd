using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Claims.Contracts.Loading;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/>s from the parser's events, which carry line and column marks.
/// Mappings keep every entry (duplicates included) so the contract reader can report them.
/// </summary>
internal sealed partial class YamlTreeReader
{
    private readonly Parser parser;
    private readonly Dictionary<string, YamlNode> anchors = new(StringComparer.Ordinal);
    private Position last = new(1, 1, 0);

    private YamlTreeReader(string text) => parser = new Parser(new StringReader(text));

    /// <summary>The document's root node, or the syntax problem that stopped reading.</summary>
    public static (YamlNode? Root, (Position At, string Message)? Problem) Read(string text)
    {
        var reader = new YamlTreeReader(text);
        try
        {
            return reader.ReadDocument();
        }
        catch (YamlException e)
        {
            return (null, (Position.Of(e.Start), "YAML syntax error: " + WithoutMarks(e.Message)));
        }
#pragma warning disable CA1031 // YamlDotNet's scanner throws other exceptions on some malformed input; the file is still just bad.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, (reader.last, "YAML syntax error: " + e.Message));
        }
    }

    private (YamlNode?, (Position, string)?) ReadDocument()
    {
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
            return (null, (last, "the file is empty"));
        parser.Consume<DocumentStart>();
        var root = ReadNode();
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
            return (null, (Position.Of(second.Start), "a contract file holds one YAML document; this second document ('---') must go in its own file"));
        return (root, null);
    }

    private YamlNode ReadNode()
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            last = Position.Of(scalar.End);
            return Remember(scalar.Anchor, new YamlScalar(scalar.Value, scalar.Style, Position.Of(scalar.Start), Position.Of(scalar.End)));
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            last = Position.Of(alias.End);
            return anchors.TryGetValue(alias.Value.Value, out var node)
                ? node
                : throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor defined before it");
        }
        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            last = Position.Of(mappingStart.Start);
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            while (!parser.Accept<MappingEnd>(out _))
            {
                var key = ReadNode();
                var value = ReadNode();
                if (key is not YamlScalar keyScalar)
                    throw new YamlException(ToMark(key.Start), ToMark(key.End), "a key must be a single word, not a list or a mapping");
                entries.Add(new(keyScalar, value));
            }
            var end = parser.Consume<MappingEnd>();
            var mapping = new YamlMapping(entries, Position.Of(mappingStart.Start), Position.Of(end.End));
            return Remember(mappingStart.Anchor, mapping);
        }
        var sequenceStart = parser.Consume<SequenceStart>();
        last = Position.Of(sequenceStart.Start);
        var items = new List<YamlNode>();
        while (!parser.Accept<SequenceEnd>(out _))
            items.Add(ReadNode());
        var sequenceEnd = parser.Consume<SequenceEnd>();
        return Remember(sequenceStart.Anchor, new YamlSequence(items, Position.Of(sequenceStart.Start), Position.Of(sequenceEnd.End)));
    }

    private T Remember<T>(AnchorName anchor, T node) where T : YamlNode
    {
        if (!anchor.IsEmpty)
            anchors[anchor.Value] = node;
        return node;
    }

    private static Mark ToMark(Position position) => new(position.Index, position.Line, position.Column);

    // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; our errors carry the place already.
    private static string WithoutMarks(string message) => MarksPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarksPrefix();
}
