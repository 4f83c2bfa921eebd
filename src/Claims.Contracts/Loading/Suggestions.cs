namespace Claims.Contracts.Loading;

/// <summary>Finds the known word closest to a misspelt one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a few edits (case differences count as near-misses), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        var limit = word.Length <= 3 ? 1 : word.Length <= 6 ? 2 : 3;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (candidate == word)
                continue;
            var folded = Distance(word.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (folded > limit)
                continue;
            // Prefer a case-only difference, then fewer edits, then fewer case changes.
            var score = folded * 100 + Distance(word, candidate);
            if (score < bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>" — did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } near ? $" — did you mean '{near}'?" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
