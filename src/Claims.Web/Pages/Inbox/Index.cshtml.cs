using Claims.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Inbox;

/// <summary>The signed-in user's daily digests, newest first; opening one marks it read.</summary>
public sealed class IndexModel(Claims.Notifications.Inbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? Id { get; set; }

    public IReadOnlyList<InboxEntry> Entries { get; private set; } = [];
    public InboxEntry? Open { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = User.Identity!.Name!;
        if (Id is { } id)
            await inbox.MarkReadAsync(user, id, ct);
        Entries = await inbox.ListAsync(user, ct: ct);
        Open = Id is { } shown ? Entries.FirstOrDefault(e => e.Id == shown) : null;
    }
}
