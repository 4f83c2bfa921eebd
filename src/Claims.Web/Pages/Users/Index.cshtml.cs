using Claims.Users;
using Claims.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Users;

/// <summary>The administrator's list of users, and adding one (the same directory as `claims users add`).</summary>
public sealed class IndexModel(UserDirectory users) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refusal = await users.AddAsync(Name ?? "", Role ?? "", Password ?? "", ct);
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
}
