using Claims.Contracts.Expressions;
using Claims.Contracts.Model;

namespace Claims.Contracts.Loading;

/// <summary>The `clauses` and `serviceLevels` lists of a contract file.</summary>
internal static partial class ContractFileReader
{
    private static List<Clause> Clauses(YamlNode? node, IReadOnlyDictionary<string, decimal> constants, FileErrors errors)
    {
        var clauses = new List<Clause>();
        var scope = NameScope.ForClauses(constants);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, index) in Items(node, "clauses", "clause", Keys.Clause, errors, requireOne: true))
        {
            var id = Id(section, ids, "clause");
            var page = section.WholeNumber("page", true, 1);
            var title = section.Text("title", true);
            var incident = section.Scalar("incident", true) is { } s ? Values.Incident(s, errors) : null;
            var when = Expression(section, "when", false, ValueKind.Condition, scope);
            var pay = Expression(section, "pay", true, ValueKind.Number, scope);
            var cap = section.Number("cap", false, Sign.NotNegative);
            var minimum = section.Number("minimum", false, Sign.NotNegative);
            if (id is not null && page is not null && title is not null && incident is not null && pay is not null)
                clauses.Add(new Clause(id, page.Value, title, incident.Value, when, pay, cap, minimum));
        }
        return clauses;
    }

    private static List<ServiceLevel> ServiceLevels(YamlNode? node, IReadOnlyDictionary<string, decimal> constants, FileErrors errors)
    {
        var levels = new List<ServiceLevel>();
        if (node is null)
            return levels;
        var scope = NameScope.ForServiceLevels(constants);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, _) in Items(node, "serviceLevels", "service level", Keys.ServiceLevel, errors, requireOne: false))
        {
            var id = Id(section, ids, "service level");
            var page = section.WholeNumber("page", true, 1);
            var title = section.Text("title", true);
            var metric = section.Scalar("metric", true) is { } s ? Values.Metric(s, errors) : null;
            var threshold = section.Number("threshold", true, Sign.NotNegative);
            var pay = Expression(section, "pay", true, ValueKind.Number, scope);
            var cap = section.Number("cap", false, Sign.NotNegative);
            var minimum = section.Number("minimum", false, Sign.NotNegative);
            if (id is not null && page is not null && title is not null && metric is not null && threshold is not null && pay is not null)
                levels.Add(new ServiceLevel(id, page.Value, title, metric.Value, threshold.Value, pay, cap, minimum));
        }
        return levels;
    }

    // The mappings of a list such as `clauses`, each named for errors by its id ("clause 7.2") or its place ("clause #3").
    private static IEnumerable<(Section Section, int Index)> Items(
        YamlNode? node, string key, string what, IReadOnlyList<string> knownKeys, FileErrors errors, bool requireOne)
    {
        if (node is null)
            yield break;
        if (node is not YamlSequence list)
        {
            errors.Add(node, $"'{key}' must be a list (each {what} starting with '- id: ...'), but it is {node.Describe()}");
            yield break;
        }
        if (list.Items.Count == 0 && requireOne)
            errors.Add(node, $"'{key}' is empty; list at least one {what}");
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not YamlMapping mapping)
            {
                errors.Add(list.Items[i], $"each entry of '{key}' must be a {what} with keys such as {string.Join(", ", knownKeys.Take(5))}, but entry {i + 1} is {list.Items[i].Describe()}");
                continue;
            }
            var id = mapping.Entries.FirstOrDefault(e => e.Key.Value == "id").Value as YamlScalar;
            var name = id is { IsNull: false } && id.Value.Trim().Length > 0 ? $"{what} {id.Value.Trim()}" : $"{what} #{i + 1}";
            yield return (new Section(mapping, name, knownKeys, errors), i);
        }
    }

    private static string? Id(Section section, Dictionary<string, int> seen, string what)
    {
        if (section.Scalar("id", true) is not { } scalar)
            return null;
        var id = scalar.Value.Trim();
        if (id.Length == 0)
        {
            section.Errors.Add(scalar, $"the {what} id is empty");
            return null;
        }
        if (seen.TryGetValue(id, out var line))
        {
            section.Errors.Add(scalar, $"{what} id '{id}' is used twice in this file (first on line {line}); ids must be unique");
            return null;
        }
        seen[id] = scalar.Start.Line;
        return id;
    }
}
