using System.Diagnostics;
using Claims.Contracts.Loading;

namespace Claims.Tests.BadInput;

/// <summary>
/// Every file (or folder, for errors between files) of tests/corpus/contracts loaded as `claims contracts load` does:
/// refused with the error its expectations name, at the right line, fast, never an exception.
/// </summary>
[Collection(nameof(BadInputCollection))]
public sealed class ContractCorpusTests
{
    private static string Folder => Path.Combine(Corpus.Root, "contracts");

    public static IEnumerable<object[]> Cases =>
        Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).Where(n => n != "expectations.txt")
            .Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    [Theory]
    [MemberData(nameof(Cases))]
    public void each_bad_contract_file_is_refused_naming_the_line_and_the_problem(string name)
    {
        var expected = Corpus.Expectations(Folder).Where(e => e.File == name).ToList();
        Assert.True(expected.Count > 0, $"{name} has no line in expectations.txt");
        var path = Path.Combine(Folder, name);
        using var memory = PeakMemory.Start();
        var watch = Stopwatch.StartNew();

        var result = Directory.Exists(path) ? ContractLoader.LoadFolder(path) : ContractLoader.LoadFiles([path]);

        var took = watch.Elapsed;
        var said = string.Join("\n", result.Errors.Select(e => $"{Path.GetFileName(e.File)}:{e.Line}:{e.Column}: {e.Message}"));
        Assert.True(result.Set is null, $"{name} loaded");
        foreach (var e in expected)
        {
            // kind "line N" (that line has an error saying so) or "error" (some error says so, for errors of the whole set)
            var line = e.Kind.StartsWith("line ", StringComparison.Ordinal) ? int.Parse(e.Kind[5..], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            Assert.True(result.Errors.Any(x => (line is null || x.Line == line) && x.Message.Contains(e.Value, StringComparison.Ordinal)),
                $"{name}: expected {e.Kind} '{e.Value}', got:\n{said}");
        }
        Assert.True(took < TimeSpan.FromSeconds(1), $"{name} took {took.TotalMilliseconds:F0} ms");
        Assert.True(memory.PeakExtraBytes < 100_000_000, $"{name} took {memory.PeakExtraBytes:N0} extra bytes");
    }
}
