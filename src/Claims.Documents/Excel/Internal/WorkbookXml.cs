using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Documents.Excel.Internal;

/// <summary>The workbook part (sheet list, filter names, calculation settings) and the stylesheet, built with the SDK's types.</summary>
internal static class WorkbookXml
{
    public static void WriteWorkbook(ZipArchive zip, IReadOnlyList<WrittenPart> parts)
    {
        var workbook = new Workbook(
            new WorkbookProperties { DefaultThemeVersion = 164011 },
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(parts.Select(p => new Sheet { Name = p.Name, SheetId = (uint)p.Number, Id = PackageParts.RelationshipId(p) })));
        var filters = parts.Select((p, i) => (Part: p, Index: i)).Where(x => x.Part.FilterRange is not null).ToList();
        var titled = parts.Select((p, i) => (Part: p, Index: i)).Where(x => x.Part.PrintTitles).ToList();
        if (filters.Count > 0 || titled.Count > 0)
        {
            // Excel itself writes this hidden name for every autofilter; files without it are repaired by some readers.
            workbook.Append(new DefinedNames(filters.Select(x => new DefinedName(
                $"{SheetNames.Quote(x.Part.Name)}!{Absolute(x.Part.FilterRange!)}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)x.Index,
                Hidden = true,
            }).Concat(titled.Select(x => new DefinedName($"{SheetNames.Quote(x.Part.Name)}!$1:$1")
            {
                // The header row repeated at the top of every printed page.
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)x.Index,
            }))));
        }

        // No cached results are stored for our formulas, so readers must compute them when the file opens.
        workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbook.AddNamespaceDeclaration("r", PackageParts.OfficeRel);
        PackageParts.WriteElement(zip, "xl/workbook.xml", workbook);
    }

    public static void WriteStyles(ZipArchive zip, StyleRegistry styles) => PackageParts.WriteElement(zip, "xl/styles.xml", styles.Build());

    // "A1:K100" -> "$A$1:$K$100"
    private static string Absolute(string range) =>
        string.Join(":", range.Split(':').Select(cell =>
        {
            var digits = cell.IndexOfAny("0123456789".ToCharArray());
            return "$" + cell[..digits] + "$" + cell[digits..];
        }));
}
