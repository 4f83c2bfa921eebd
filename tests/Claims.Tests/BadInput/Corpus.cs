using Claims.Tests.Register;

namespace Claims.Tests.BadInput;

/// <summary>
/// tests/corpus/&lt;kind&gt;: one file per bad input, and expectations.txt beside them, one line per expectation:
/// <c>file | claims | W1 W2</c> (these waybills are claims afterwards; <c>not claims</c>: they are not), <c>file | line N | fragment</c> (row N is refused
/// saying so), <c>file | errors | N</c> (exactly N rows refused), <c>file | file | fragment</c> (the whole file is refused
/// saying so). Adding a case is adding a file and its lines.
/// </summary>
internal static class Corpus
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "corpus", "incidents");

    public static string Root => Path.Combine(Repo.Root, "tests", "corpus");

    public sealed record Expectation(string File, string Kind, string Value);

    public static List<Expectation> Expectations(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "expectations.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', 3, StringSplitOptions.TrimEntries))
            .Select(p => p.Length == 3 ? new Expectation(p[0], p[1], p[2]) : throw new FormatException("expectations.txt: " + string.Join("|", p)))
            .ToList();

    public static IEnumerable<object[]> Files(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => n != "expectations.txt").Order(StringComparer.Ordinal)
            .Select(n => new object[] { n! });
}
