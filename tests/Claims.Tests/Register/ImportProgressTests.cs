using Claims.Cli.Lifecycle;
using Claims.Register;

namespace Claims.Tests.Register;

public sealed class ImportProgressTests
{
    [Fact]
    public void the_progress_line_shows_rows_read_created_duplicates_invalid_and_the_rate()
    {
        var line = ImportProgressView.Describe(new ImportProgress(12_000, 11_000, 900, 100), TimeSpan.FromSeconds(4));
        Assert.Equal("read 12,000 · created 11,000 · duplicates 900 · invalid 100 · 3,000 rows/s", line);
    }
}
