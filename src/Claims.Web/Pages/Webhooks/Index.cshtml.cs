using Claims.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Webhooks;

/// <summary>Administrators: the webhook subscriptions (add, remove) and the log of recent deliveries.</summary>
public sealed class IndexModel(WebhookSubscriptions webhooks, Claims.Users.UserDirectory users) : PageModel
{
    [BindProperty(Name = "Url")] public string? Address { get; set; }
    [BindProperty] public List<string> Events { get; set; } = [];
    [BindProperty] public string? Secret { get; set; }

    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];
    public Claims.Users.DisplayNames Names { get; private set; } = Claims.Users.DisplayNames.None;
    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];
    public string? RefusedCode { get; private set; }
    public string? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var (added, refusal) = await webhooks.AddAsync(Address ?? "", Events, Secret ?? "", User.Identity!.Name!, ct);
        if (refusal is not null)
        {
            RefusedCode = refusal.Code;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/webhooks?added={Uri.EscapeDataString(added!.Id)}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken ct)
    {
        await webhooks.RemoveAsync(id, ct);
        return Redirect("/webhooks");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Added = Request.Query["added"].FirstOrDefault();
        Subscriptions = await webhooks.ListAsync(ct);
        Names = await users.DisplayNamesAsync(ct);
        Deliveries = await webhooks.DeliveriesAsync(ct: ct);
    }
}
