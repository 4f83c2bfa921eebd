namespace Claims.Contracts.Loading;

/// <summary>
/// One YAML mapping of a contract file read key by key. Creating it reports unknown keys (with the closest known
/// key) and keys given twice; the getters report missing required fields and values of the wrong shape.
/// </summary>
internal sealed class Section
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries = new(StringComparer.Ordinal);

    public Section(YamlMapping mapping, string what, IReadOnlyList<string> knownKeys, FileErrors errors)
    {
        Mapping = mapping;
        What = what;
        Errors = errors;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!knownKeys.Contains(key, StringComparer.Ordinal))
                errors.Add(entry.Key, UnknownKey(key, what, knownKeys));
            else if (entries.TryGetValue(key, out var first))
                errors.Add(entry.Key, $"'{key}' is given twice in {what} (first on line {first.Key.Start.Line}); keep one");
            else
                entries[key] = entry;
        }
    }

    public YamlMapping Mapping { get; }

    /// <summary>How errors name this part of the file: "carrier", "clause 7.2".</summary>
    public string What { get; set; }

    public FileErrors Errors { get; }

    /// <summary>The value of <paramref name="key"/>, or null (reported when required) if absent or empty.</summary>
    public YamlNode? Node(string key, bool required)
    {
        var present = entries.TryGetValue(key, out var entry);
        if (present && entry.Value is not YamlScalar { IsNull: true })
            return entry.Value;
        if (required && present)
            Errors.Add(entry.Key, $"'{key}' in {What} is empty; it is required");
        else if (required)
            Errors.Add(Mapping, $"missing required field '{key}' in {What}");
        return null;
    }

    /// <summary>A single value (not a list or mapping) as raw text.</summary>
    public YamlScalar? Scalar(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null or YamlScalar)
            return (YamlScalar?)node;
        Errors.Add(node, $"'{key}' in {What} must be a single value, not {node.Describe()}");
        return null;
    }

    public string? Text(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
            return null;
        var text = scalar.Value.Trim();
        if (text.Length > 0)
            return text;
        if (required)
            Errors.Add(scalar, $"'{key}' in {What} is empty; it is required");
        return null;
    }

    public DateOnly? Date(string key, bool required) =>
        Scalar(key, required) is { } s ? Values.Date(s, key, Errors) : null;

    public decimal? Number(string key, bool required, Sign sign) =>
        Scalar(key, required) is { } s ? Values.Number(s, key, sign, Errors) : null;

    public int? WholeNumber(string key, bool required, int minimum) =>
        Scalar(key, required) is { } s ? Values.WholeNumber(s, key, minimum, Errors) : null;

    public bool? Bool(string key) => Scalar(key, false) is { } s ? Values.Bool(s, key, Errors) : null;

    /// <summary>A nested mapping, read as its own section; null (reported when required) if absent or not a mapping.</summary>
    public Section? Child(string key, bool required, IReadOnlyList<string> knownKeys)
    {
        var node = Node(key, required);
        if (node is YamlMapping mapping)
            return new Section(mapping, key, knownKeys, Errors);
        if (node is not null)
            Errors.Add(node, $"'{key}' must hold the keys {string.Join(", ", knownKeys)}, but it is {node.Describe()}");
        return null;
    }

    private static string UnknownKey(string key, string what, IReadOnlyList<string> knownKeys)
    {
        if (Suggestions.Closest(key, knownKeys) is { } near)
            return $"unknown key '{key}' in {what} — did you mean '{near}'?";
        if (Keys.SectionOf(key) is { } section)
            return $"unknown key '{key}' in {what} — it belongs under '{section}'";
        return $"unknown key '{key}' in {what}; the keys here are {string.Join(", ", knownKeys)}";
    }
}

/// <summary>Which numbers a field accepts.</summary>
internal enum Sign
{
    Any,
    NotNegative,
    Positive,
}
