using Claims.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Account;

/// <summary>Each user sets where their daily digest goes, in which language, or turns it off.</summary>
public sealed class NotificationsModel(UserDirectory users) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool Digest { get; set; }
    [BindProperty] public string Language { get; set; } = "zh";

    public string? Refused { get; private set; }
    public string? RefusedField { get; private set; }
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await users.NotificationsOfAsync(User.Identity!.Name!, ct) ?? new NotificationSettings(null, true, "zh");
        (Email, Digest, Language) = (settings.Email, settings.Digest, settings.Language);
        Saved = Request.Query.ContainsKey("saved");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.SetNotificationsAsync(User.Identity!.Name!, new NotificationSettings(Email, Digest, Language), ct) is { } refusal)
        {
            (Refused, RefusedField) = (refusal.Message, refusal.Code);
            return Page();
        }
        return Redirect("/account/notifications?saved=1");
    }
}
