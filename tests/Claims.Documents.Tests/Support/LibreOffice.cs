namespace Claims.Documents.Tests.Support;

/// <summary>LibreOffice Calc as a real .xlsx reader: every sheet converted to CSV with values as the reader computed them.</summary>
internal static class LibreOffice
{
    // Comma, double quote, UTF-8, from line 1, no column formats, default language, do not quote all text,
    // detect special numbers, raw values rather than as shown, no formulas, keep spaces, -1 = every sheet
    // into FILE-SheetName.csv (LibreOffice 7.2 or later).
    private const string AllSheetsAsCsv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /// <summary>Prints the workbook to PDF as LibreOffice would (its page setup honoured) and returns the PDF's path.</summary>
    public static string PrintToPdf(string xlsxPath)
    {
        var outDir = Paths.NewTempDirectory();
        var profile = Paths.NewTempDirectory();
        try
        {
            var result = Tool.Run("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", outDir, xlsxPath]);
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(xlsxPath) + ".pdf");
            return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"LibreOffice wrote no PDF (exit {result.ExitCode}): {result.Output} {result.Error}");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Converts the workbook and returns each sheet's CSV text by sheet name.</summary>
    public static IReadOnlyDictionary<string, string> SheetsAsCsv(string xlsxPath)
    {
        var outDir = Paths.NewTempDirectory();
        var profile = Paths.NewTempDirectory();
        try
        {
            var result = Tool.Run("libreoffice",
            [
                "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", AllSheetsAsCsv, "--outdir", outDir, xlsxPath,
            ]);
            var stem = Path.GetFileNameWithoutExtension(xlsxPath);
            var sheets = Directory.GetFiles(outDir, "*.csv").ToDictionary(
                f => Path.GetFileNameWithoutExtension(f)[(stem.Length + 1)..],
                File.ReadAllText);
            return sheets.Count > 0
                ? sheets
                : throw new InvalidOperationException($"LibreOffice wrote no CSV (exit {result.ExitCode}): {result.Output} {result.Error}");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
            Directory.Delete(profile, recursive: true);
        }
    }
}
