using System.Globalization;
using System.Text.RegularExpressions;

namespace Claims.Documents.Tests.Support;

/// <summary>poppler-utils and qpdf: what a reader of our PDFs would see.</summary>
internal static partial class Poppler
{
    public static string Text(string pdf, int? page = null)
    {
        var range = page is { } p ? new[] { "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture) } : [];
        var result = Tool.Run("pdftotext", [.. range, "-enc", "UTF-8", "-layout", pdf, "-"]);
        Assert.True(result.ExitCode == 0, "pdftotext failed: " + result.Error);
        Assert.True(result.Error.Length == 0, "poppler found damage in the file: " + result.Error);
        return result.Output;
    }

    public static int PageCount(string pdf)
    {
        var result = Tool.Run("pdfinfo", [pdf]);
        Assert.True(result.ExitCode == 0, "pdfinfo failed: " + result.Error);
        return int.Parse(PagesLine().Match(result.Output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<string> Fonts(string pdf) =>
        Tool.Run("pdffonts", [pdf]).Output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

    /// <summary>qpdf --check: 0 is clean, 3 means warnings only (PDFsharp's stream end markers), 2 is a broken file.</summary>
    public static Tool.Result QpdfCheck(string pdf) => Tool.Run("qpdf", ["--check", pdf]);

    public static void RenderFirstPage(string pdf, string pngPath)
    {
        var stem = pngPath[..^".png".Length];
        var result = Tool.Run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
        Assert.True(result.ExitCode == 0, "pdftoppm failed: " + result.Error);
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
