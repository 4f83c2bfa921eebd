using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Managers;

/// <summary>Managers' home. The comparison, charts and reallocation come from the managers feature (issue 6) once it lands.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
