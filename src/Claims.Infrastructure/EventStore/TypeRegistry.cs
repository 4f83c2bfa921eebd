using System.Text.Json;

namespace Claims.Infrastructure.EventStore;

/// <summary>
/// Stable names for stored CLR types (events, messages). The name is what the database keeps, so a class can be
/// renamed or moved as long as it is registered under its old name.
/// </summary>
public sealed class TypeRegistry
{
    private readonly Dictionary<Type, string> names = [];
    private readonly Dictionary<string, Type> types = new(StringComparer.Ordinal);

    public TypeRegistry Register(Type type, string? name = null)
    {
        name ??= type.Name;
        if (types.TryGetValue(name, out var existing) && existing != type)
            throw new InvalidOperationException($"The name '{name}' is registered for both {existing} and {type}.");
        if (names.TryGetValue(type, out var existingName) && existingName != name)
            throw new InvalidOperationException($"{type} is registered as both '{existingName}' and '{name}'.");
        names[type] = name;
        types[name] = type;
        return this;
    }

    public TypeRegistry Register<T>(string? name = null) => Register(typeof(T), name);

    public string NameOf(Type type) =>
        names.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type} is not registered; register it with a stable name before storing it.");

    public Type? TypeOf(string name) => types.GetValueOrDefault(name);

    public bool Contains(Type type) => names.ContainsKey(type);

    public string Serialize(object value, JsonSerializerOptions json) => JsonSerializer.Serialize(value, value.GetType(), json);

    /// <summary>Unknown names (a type removed from the code) come back as raw JSON rather than failing the read.</summary>
    public object Deserialize(string name, string body, JsonSerializerOptions json) =>
        TypeOf(name) is { } type
            ? JsonSerializer.Deserialize(body, type, json)!
            : JsonSerializer.Deserialize<JsonElement>(body, json);
}
