using System.Runtime.CompilerServices;

namespace Claims.Web.Tests.BadInput;

/// <summary>
/// tests/corpus/&lt;kind&gt;: one file per bad input and expectations.txt beside them, one line per file:
/// <c>file | target | status | fragment</c> (the answer's status and a fragment of its body; <c>-</c> for none).
/// Adding a case is adding a file and its line.
/// </summary>
internal static class WebCorpus
{
    public sealed record Expectation(string File, string Target, int Status, string Fragment);

    public static string Folder(string kind) => Path.Combine(Root(), "tests", "corpus", kind);

    public static IEnumerable<object[]> Files(string kind) =>
        Directory.EnumerateFiles(Folder(kind)).Select(Path.GetFileName).Where(n => n != "expectations.txt")
            .Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static Expectation Of(string kind, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder(kind), "expectations.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', 4, StringSplitOptions.TrimEntries))
            .Where(p => p[0] == file).ToList();
        Assert.True(lines.Count == 1, $"{kind}/{file} needs exactly one line in expectations.txt");
        var p = lines[0];
        return new Expectation(p[0], p[1], int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), p[3]);
    }

    private static string Root([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source)! })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
                    return dir.FullName;
        throw new InvalidOperationException("Claims.sln not found");
    }
}

/// <summary>The corpus classes time each answer against a second, so they run alone, not beside the browser tests.</summary>
[CollectionDefinition(nameof(WebBadInputCollection), DisableParallelization = true)]
public sealed class WebBadInputCollection;
