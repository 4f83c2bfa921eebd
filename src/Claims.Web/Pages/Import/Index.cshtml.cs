using Claims.Contracts.IncidentFiles;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Import;

/// <summary>Bulk import of a carrier's or platform's exception list (CSV/XLSX): the same import as `claims import incidents`.</summary>
[RequestSizeLimit(IndexModel.MaxBytes + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.MaxBytes + 1_000_000)]
public sealed class IndexModel(ClaimImport import, ClaimQueries queries, TimeProvider time) : PageModel
{
    public const long MaxBytes = 50_000_000;

    public ImportSummary? Summary { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The example file as CSV (UTF-8 with BOM, so Excel opens the Chinese headers as written).</summary>
    public async Task<IActionResult> OnGetTemplateCsvAsync(CancellationToken ct)
    {
        var (headers, example) = await TemplateAsync(ct);
        var text = string.Join("\r\n", new[] { headers, example }.Select(row => string.Join(",", row.Select(Claims.Documents.Csv.CsvField.Text)))) + "\r\n";
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8",
            "incidents-template.csv");
    }

    /// <summary>The example file as XLSX: one sheet, the header row and the example row.</summary>
    public async Task<IActionResult> OnGetTemplateXlsxAsync(CancellationToken ct)
    {
        var (headers, example) = await TemplateAsync(ct);
        var sheet = new Claims.Documents.Excel.SheetModel<IReadOnlyList<string>>(Localization.Languages.IsChinese ? "异常件" : "Incidents", [example]);
        for (var i = 0; i < headers.Count; i++)
        {
            var column = i;
            sheet.Text(headers[i], row => row[column], width: 16);
        }
        using var buffer = new MemoryStream();
        await Claims.Documents.Excel.XlsxWriter.WriteAsync(new Claims.Documents.Excel.WorkbookModel([sheet]), buffer, cancellationToken: ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "incidents-template.xlsx");
    }

    private async Task<(IReadOnlyList<string> Headers, IReadOnlyList<string> Example)> TemplateAsync(CancellationToken ct)
    {
        var chinese = Localization.Languages.IsChinese;
        var carriers = await queries.CarriersAsync(ct);
        var carrier = carriers.FirstOrDefault(c => c.Code == "ZTO") is { Code: not null } zto ? zto : carriers.FirstOrDefault();
        var name = carrier.Code is null ? "ZTO" : chinese ? carrier.Name : carrier.Code;
        return (IncidentFileTemplate.Headers(chinese), IncidentFileTemplate.Example(name, time.Today().AddDays(-5), chinese));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var extension = Path.GetExtension(file?.FileName ?? "").ToLowerInvariant();
        if (file is null || file.Length == 0 || file.Length > MaxBytes || extension is not (".csv" or ".xlsx"))
        {
            Error = Localization.Text.T("import.choose");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // The reader works on a file (it sniffs the encoding of CSV and opens XLSX as a package).
        var path = Path.Combine(Path.GetTempPath(), $"claims-import-{Guid.NewGuid():N}{extension}");
        try
        {
            await using (var target = System.IO.File.Create(path))
                await file.CopyToAsync(target, ct);
            var set = await import.ContractsAsync(ct);
            // As CONTRACT-FORMAT.md says (and the CLI does): a carrier no contract names is an invalid row, never a claim of its
            // own stuck in manual assessment ("中通" beside ZTO). Without any contract yet, codes are taken as written.
            var rows = IncidentFileReader.Read(path, c => set is null ? c.Trim().ToUpperInvariant() : set.ResolveCarrier(c));
            Summary = await import.ImportAsync(rows, new Actor(User.Identity!.Name!), null, ct);
        }
        catch (Exception ex) when (ex is IncidentFileException or IOException or InvalidDataException)
        {
            // The reader names the temporary copy; the person knows their file by the name they uploaded.
            var message = ex.Message.Replace(path, Path.GetFileName(file.FileName), StringComparison.Ordinal);
            Error = ex is IncidentFileException { Reason: { } reason } fileError && Localization.Languages.IsChinese
                ? $"{Path.GetFileName(file.FileName)}{(fileError.Line is { } line ? $" 第 {line} 行" : "")}：{ImportErrorText.Describe(reason)}"
                : message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        return Page();
    }
}
