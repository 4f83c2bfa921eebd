using Claims.Users;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Users;

/// <summary>
/// The administrator's list of users: adding one, changing a role, setting a new password (the same directory as
/// `claims users add|role|password`; either change ends that user's open sessions) or the name they are shown by.
/// </summary>
public sealed class IndexModel(UserDirectory users) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Added { get; private set; }
    public string? Changed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refusal = await users.AddAsync(Name ?? "", Role ?? "", Password ?? "", DisplayName, ct);
        if (refusal is null)
            Added = Name!.Trim();
        else
        {
            Error = Refusals.Describe(refusal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        Users = await users.ListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string? user, string? newRole, CancellationToken ct) =>
        ChangeAsync(users.ChangeRoleAsync(user ?? "", newRole ?? "", ct),
            () => Localization.Text.T("users.role-changed", user!.Trim(), Localization.Text.Name("role", newRole!)), ct);

    public Task<IActionResult> OnPostPasswordAsync(string? user, string? newPassword, CancellationToken ct) =>
        ChangeAsync(users.SetPasswordAsync(user ?? "", newPassword ?? "", ct), () => Localization.Text.T("users.password-set", user!.Trim()), ct);

    public Task<IActionResult> OnPostDisplayNameAsync(string? user, string? displayName, CancellationToken ct) =>
        ChangeAsync(users.SetDisplayNameAsync(user ?? "", displayName, ct),
            () => Localization.Text.T("users.display-name-set", user!.Trim(), string.IsNullOrWhiteSpace(displayName) ? user!.Trim() : displayName.Trim()), ct);

    private async Task<IActionResult> ChangeAsync(Task<Lifecycle.Refusal?> change, Func<string> done, CancellationToken ct)
    {
        if (await change is { } refusal)
        {
            Error = Refusals.Describe(refusal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
            Changed = done();
        Users = await users.ListAsync(ct);
        return Page();
    }
}
