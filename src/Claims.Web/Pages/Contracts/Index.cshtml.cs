using System.Text;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Contracts;

/// <summary>
/// The registered contracts and their clauses; a new contract file is checked first (errors with line and column) and
/// registered only when the person confirms a file that has none.
/// </summary>
public sealed class IndexModel(ContractRegistry registry, ContractRegistration registration) : PageModel
{
    public IReadOnlyList<Contract> Contracts { get; private set; } = [];
    public IReadOnlyList<ContractError> Errors { get; private set; } = [];
    public Contract? Checked { get; private set; }
    public string? CheckedText { get; private set; }
    public string? CheckedName { get; private set; }
    public IReadOnlyList<string> Registered { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken ct)
    {
        if (!User.May(Permission.RegisterContracts))
            return Forbid();
        if (file is { Length: > 0 and < 1_000_000 })
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            Check(Path.GetFileName(file.FileName), await reader.ReadToEndAsync(ct));
        }
        else
            Errors = [new ContractError(file?.FileName ?? "—", 0, 0, Localization.Text.T("contracts.choose"))];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(string name, string text, CancellationToken ct)
    {
        if (!User.May(Permission.RegisterContracts))
            return Forbid();
        Check(Path.GetFileName(name), text);
        if (Errors.Count == 0)
        {
            // The registration reads contract files from a folder: give it a folder holding just this one.
            var folder = Directory.CreateTempSubdirectory("claims-contract-");
            try
            {
                await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, CheckedName!), text, ct);
                var loaded = await registration.LoadFolderAsync(folder.FullName, new Actor(User.Identity!.Name!), ct);
                Errors = loaded.Errors;
                Registered = [.. loaded.Registered, .. loaded.Unchanged];
                Checked = null;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private void Check(string name, string text)
    {
        CheckedName = name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? name : name + ".yaml";
        CheckedText = text;
        var result = ContractLoader.LoadTexts([new ContractText(CheckedName, text)]);
        Errors = result.Errors;
        Checked = result.Set?.Contracts.FirstOrDefault();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Contracts = (await registry.GetAsync(ct))?.Contracts.OrderBy(c => c.CarrierCode).ThenByDescending(c => c.Effective).ToList() ?? [];
}
