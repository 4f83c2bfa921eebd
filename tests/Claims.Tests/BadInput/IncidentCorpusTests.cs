using System.Text.RegularExpressions;

namespace Claims.Tests.BadInput;

/// <summary>Every file of tests/corpus/incidents imported as the CLI does: the outcome its expectations name, fast, in bounded memory, no crash.</summary>
[Collection(nameof(BadInputCollection))]
public sealed partial class IncidentCorpusTests(BadInputHost host)
{
    public static IEnumerable<object[]> Files => Corpus.Files(Corpus.Folder);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task each_bad_incident_file_gets_its_clear_answer_fast_and_the_valid_rows_in_it_become_claims(string file)
    {
        var expected = Corpus.Expectations(Corpus.Folder).Where(e => e.File == file).ToList();
        Assert.True(expected.Count > 0, $"{file} has no line in expectations.txt");

        var outcome = await host.ImportAsync(Path.Combine(Corpus.Folder, file));

        var said = outcome.Refusal ?? string.Join("\n", outcome.Summary!.Errors.Select(e => $"line {e.Line}: {e.Reason}"));
        foreach (var e in expected)
        {
            switch (e.Kind)
            {
                case "file":
                    Assert.True(outcome.Refusal?.Contains(e.Value, StringComparison.Ordinal) == true, $"{file}: expected the file refused with '{e.Value}', got: {said}");
                    break;
                case "errors":
                    Assert.True(outcome.Summary?.Errors.Count == int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture), $"{file}: expected {e.Value} row errors, got: {said}");
                    break;
                case "claims":
                    var waybills = e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Assert.Equal(waybills.Order(StringComparer.Ordinal), await host.ClaimedAsync(waybills));
                    break;
                case "not claims":
                    Assert.Empty(await host.ClaimedAsync(e.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                    break;
                default:
                    var line = int.Parse(LineKind().Match(e.Kind) is { Success: true } m ? m.Groups[1].Value : throw new FormatException(e.Kind), System.Globalization.CultureInfo.InvariantCulture);
                    var error = outcome.Summary?.Errors.SingleOrDefault(x => x.Line == line);
                    Assert.True(error?.Reason.Contains(e.Value, StringComparison.Ordinal) == true, $"{file}: expected line {line} refused with '{e.Value}', got: {said}");
                    break;
            }
        }
        Assert.True(outcome.Took < TimeSpan.FromSeconds(1), $"{file} took {outcome.Took.TotalMilliseconds:F0} ms");
        Assert.True(outcome.PeakExtraBytes < 100_000_000, $"{file} took {outcome.PeakExtraBytes:N0} extra bytes");
    }

    [Fact]
    public void every_expectation_names_a_file_of_the_corpus()
    {
        var files = Files.Select(f => (string)f[0]).ToHashSet();
        Assert.All(Corpus.Expectations(Corpus.Folder), e => Assert.Contains(e.File, files));
    }

    [GeneratedRegex(@"^line (\d+)$")]
    private static partial Regex LineKind();
}
