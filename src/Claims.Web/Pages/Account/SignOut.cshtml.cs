using Claims.Users;
using Claims.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Account;

/// <summary>POST only (with the antiforgery token), so a link on another site cannot sign a person out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(UserDirectory users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAndEndSessionAsync(users);
        return Redirect("/signin");
    }
}
