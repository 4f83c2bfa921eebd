namespace Claims.Infrastructure.Schema;

/// <summary>The order migrations apply in, and the checks that make a set of them coherent.</summary>
public static class MigrationOrder
{
    /// <summary>Infrastructure modules every feature may build on; they go first, in this order.</summary>
    public static readonly IReadOnlyList<string> CoreModules = ["eventstore", "messaging"];

    public static IReadOnlyList<Migration> Sort(IEnumerable<Migration> migrations)
    {
        var all = migrations.ToList();
        var duplicate = all.GroupBy(m => (m.Module, m.Number)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two migrations are numbered {duplicate.Key.Module} #{duplicate.Key.Number}.");
        // Features depend on the core tables but not on each other, so after the core any stable order will do.
        return all
            .OrderBy(m => CoreRank(m.Module))
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .ThenBy(m => m.Number)
            .ToList();
    }

    private static int CoreRank(string module)
    {
        var i = CoreModules.ToList().IndexOf(module);
        return i < 0 ? CoreModules.Count : i;
    }
}
