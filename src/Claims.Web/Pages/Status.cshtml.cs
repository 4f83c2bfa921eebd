using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages;

/// <summary>The page shown for 403, 404 and 500 on pages (re-executed by the status-code middleware; API calls get ProblemDetails).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [FromRoute]
    public int Code { get; set; }

    public void OnGet()
    {
    }

    // Status pages re-execute with the original method, so a refused POST lands here too.
    public void OnPost()
    {
    }
}
