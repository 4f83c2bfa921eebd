using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Claims.Tests.BadInput;

/// <summary>Bad incident files too big to commit, written at run time into a temp folder: huge, bloated, bombs.</summary>
[Collection(nameof(BadInputCollection))]
public sealed class GeneratedIncidentFileTests(BadInputHost host) : IDisposable
{
    private const string Header = "waybill,carrier,incident,shippedOn,incidentOn,goodsValue,note";
    private readonly string folder = Directory.CreateTempSubdirectory("claims-badinput-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task a_million_row_file_imports_in_bounded_memory_keeping_every_valid_row_and_naming_each_bad_line()
    {
        const int rows = 1_000_000, shipments = 3_000, everyBad = 100_000;
        var path = Path.Combine(folder, "million.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteLineAsync(Header);
            // The same 3,000 shipments over and over, as a platform export repeated in one file: each distinct row must
            // become one claim, the rest duplicates; a bad row every 100,000 is named by its line.
            for (var i = 1; i <= rows; i++)
                await writer.WriteLineAsync(i % everyBad == 0
                    ? $"MR{i % shipments:D5},ZTO,lost,2026-02-30,2026-04-14,120,"
                    : $"MR{i % shipments:D5},ZTO,lost,2026-04-10,2026-04-14,{100 + i % shipments},row {i}");
        }

        var outcome = await host.ImportAsync(path);

        var summary = outcome.Summary ?? throw new Xunit.Sdk.XunitException(outcome.Refusal);
        Assert.Equal((shipments, rows / everyBad), (summary.Created, summary.Invalid));
        Assert.Equal(rows - shipments - rows / everyBad, summary.Duplicates);
        Assert.Equal(Enumerable.Range(1, rows / everyBad).Select(k => k * everyBad + 1), summary.Errors.Select(e => e.Line));
        Assert.All(summary.Errors, e => Assert.Contains("bad date '2026-02-30'", e.Reason, StringComparison.Ordinal));
        Assert.Equal([$"{shipments}"], await host.Host.RowsAsync("select count(*) from claims where waybill like 'MR%'"));
        Assert.True(outcome.PeakExtraBytes < 100_000_000, $"{outcome.PeakExtraBytes:N0} extra bytes for a million rows");
        Assert.True(outcome.Took < TimeSpan.FromSeconds(120), $"a million rows took {outcome.Took}");
    }

    [Fact]
    public async Task cells_of_100_kb_are_kept_whole_or_refused_with_a_short_message_a_nul_is_refused_and_the_rows_around_them_land()
    {
        var huge = new string('破', 100_000);
        var path = Path.Combine(folder, "fat-cells.csv");
        await File.WriteAllTextAsync(path, $"""
            {Header}
            FC001,ZTO,damaged,2026-04-10,2026-04-14,120,"{huge}"
            FC002,ZTO,damaged,2026-04-10,2026-04-14,{huge},
            FC003,ZTO,{huge},2026-04-10,2026-04-14,120,
            {huge},ZTO,lost,2026-04-10,2026-04-14,120,
            FC005,ZTO,lost,2026-04-10,2026-04-14,130,ok
            FC006,ZTO,lost,2026-04-10,2026-04-14,130,"before{'\0'}after"

            """, new UTF8Encoding(false));

        var outcome = await host.ImportAsync(path);

        var summary = outcome.Summary ?? throw new Xunit.Sdk.XunitException(outcome.Refusal);
        Assert.Equal(["FC001", "FC005"], await host.ClaimedAsync(["FC001", "FC002", "FC003", "FC005", "FC006"]));
        Assert.Equal(["100000"], await host.Host.RowsAsync("select length(facts->>'note') from claims where waybill = 'FC001'"));
        Assert.Equal([3, 4, 5, 7], summary.Errors.Select(e => e.Line));
        Assert.Contains("NUL", summary.Errors[^1].Reason, StringComparison.Ordinal);
        // A person reads these on the import page: a 100 KB value must not be echoed back whole.
        Assert.All(summary.Errors, e => Assert.True(e.Reason.Length < 500, $"line {e.Line}: a {e.Reason.Length}-character message"));
        Assert.True(outcome.Took < TimeSpan.FromSeconds(1), $"took {outcome.Took}");
    }

    [Fact]
    public async Task an_xlsx_that_is_a_zip_bomb_is_refused_without_unpacking_it_into_memory()
    {
        var path = Workbook("bomb.xlsx");
        // The sheet part unpacks to 1.1 billion characters of blanks (a few megabytes packed).
        Replace(path, SheetEntry(path), stream =>
        {
            var start = Encoding.UTF8.GetBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            stream.Write(start);
            var blanks = new byte[1 << 20];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < 1_100; i++)
                stream.Write(blanks);
            stream.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        });
        Assert.True(new FileInfo(path).Length < 20_000_000, $"the bomb packs to {new FileInfo(path).Length:N0} bytes");

        var outcome = await host.ImportAsync(path);

        Assert.Contains("zip bomb", outcome.Refusal ?? "(imported)", StringComparison.Ordinal);
        Assert.True(outcome.PeakExtraBytes < 100_000_000, $"{outcome.PeakExtraBytes:N0} extra bytes");
        Assert.True(outcome.Took < TimeSpan.FromSeconds(1), $"took {outcome.Took}");
    }

    [Fact]
    public async Task an_xlsx_carrying_a_billion_laughs_entity_is_refused_at_once()
    {
        var path = Workbook("laughs.xlsx");
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 9; i++)
            laughs.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        laughs.Append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>waybill</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>");
        Replace(path, SheetEntry(path), s => s.Write(Encoding.UTF8.GetBytes(laughs.ToString())));

        var outcome = await host.ImportAsync(path);

        Assert.NotNull(outcome.Refusal);
        Assert.True(outcome.PeakExtraBytes < 100_000_000, $"{outcome.PeakExtraBytes:N0} extra bytes");
        Assert.True(outcome.Took < TimeSpan.FromSeconds(1), $"took {outcome.Took}");
    }

    /// <summary>A real one-sheet workbook (as Open XML writes it) whose sheet part the test then replaces.</summary>
    private string Workbook(string name)
    {
        var path = Path.Combine(folder, name);
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = new Worksheet(new SheetData());
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        return path;
    }

    private static string SheetEntry(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).FullName;
    }

    private static void Replace(string path, string entryName, Action<Stream> write)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(entryName)!.Delete();
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        write(stream);
    }
}
