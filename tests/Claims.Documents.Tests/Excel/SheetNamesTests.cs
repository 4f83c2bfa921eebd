using Claims.Documents.Excel.Internal;

namespace Claims.Documents.Tests.Excel;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("Claims [2026/03]: *?", "Claims  2026 03")]
    [InlineData("'对账'", "对账")]
    [InlineData("A name that is far longer than thirty-one characters", "A name that is far longer than")]
    [InlineData("///", "Sheet")]
    public void names_excel_would_refuse_are_made_acceptable(string name, string expected) =>
        Assert.Equal(expected, SheetNames.Sanitise(name));

    [Fact]
    public void continuation_sheets_keep_within_31_characters_and_never_clash()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var longName = new string('x', 40);

        Assert.Equal(new string('x', 31), SheetNames.Unique(longName, 1, taken));
        Assert.Equal(new string('x', 27) + " (2)", SheetNames.Unique(longName, 2, taken));
        Assert.Equal("Claims", SheetNames.Unique("Claims", 1, taken));
        Assert.Equal("CLAIMS (2)", SheetNames.Unique("CLAIMS", 1, taken));
    }
}
