using Claims.Users;
using Claims.Web.Localization;
using Claims.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(UserDirectory users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.SignInAsync(Name ?? "", Password ?? "", HttpContext.Source(), ct);
        if (result.User is not { } user)
        {
            Error = result.RetryAfter is { } wait
                ? Text.T("signin.wait", Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture))
                : Text.T("signin.invalid");
            return Page();
        }
        await HttpContext.SignInAsync(user, result.SessionId!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : PermissionMatrix.HomeOf(user.Role));
    }
}
