using Claims.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages;

/// <summary>The address people type: each role lands on the page of its daily job.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(PermissionMatrix.HomeOf(User.Role()));
}
