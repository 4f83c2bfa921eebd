using Claims.Contracts.IncidentFiles;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Import;

/// <summary>Bulk import of a carrier's or platform's exception list (CSV/XLSX): the same import as `claims import incidents`.</summary>
[RequestSizeLimit(IndexModel.MaxBytes + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.MaxBytes + 1_000_000)]
public sealed class IndexModel(ClaimImport import) : PageModel
{
    public const long MaxBytes = 50_000_000;

    public ImportSummary? Summary { get; private set; }
    public string? Error { get; private set; }

    public void OnGet()
    {
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
            var rows = IncidentFileReader.Read(path, c => set?.ResolveCarrier(c) ?? c.Trim().ToUpperInvariant());
            Summary = await import.ImportAsync(rows, new Actor(User.Identity!.Name!), null, ct);
        }
        catch (Exception ex) when (ex is IncidentFileException or IOException or InvalidDataException)
        {
            // The reader names the temporary copy; the person knows their file by the name they uploaded.
            Error = ex.Message.Replace(path, Path.GetFileName(file.FileName), StringComparison.Ordinal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        return Page();
    }
}
