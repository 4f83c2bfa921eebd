using Claims.Managers;
using Claims.Web.Localization;

namespace Claims.Web.Pages.Managers;

/// <summary>The reallocation form's fields as typed (query string): month yyyy-MM, at least carriers, largest share.</summary>
public sealed record ReallocationForm(string? Month = null, int? MinCarriers = null, decimal? MaxShare = null);

/// <summary>What the page shows for the proposal: the proposals (one per currency), or why there is none.</summary>
public sealed record ReallocationView(string Month, int MinCarriers, decimal MaxShare, IReadOnlyList<ReallocationProposal> Proposals, string? Message)
{
    public static readonly ReallocationView None = new("", 3, 0.5m, [], null);
}

/// <summary>
/// Asks the reallocation for a proposal from the form (defaults: this month, 3 carriers, 50%). A setting that cannot be
/// met comes back as its message, shown on the page, never as an error page.
/// </summary>
public static class ReallocationPage
{
    public static async Task<ReallocationView> ProposeAsync(Reallocation reallocation, ReallocationForm form, DateOnly today, CancellationToken ct)
    {
        var monthText = string.IsNullOrWhiteSpace(form.Month) ? YearMonth.Of(today).ToString() : form.Month.Trim();
        var minCarriers = form.MinCarriers ?? 3;
        var maxShare = form.MaxShare ?? 0.5m;
        if (!YearMonth.TryParse(monthText, out var month) || minCarriers < 1 || maxShare <= 0 || maxShare > 1)
            return new ReallocationView(monthText, minCarriers, maxShare, [], Text.T("managers.bad-realloc"));
        try
        {
            var proposal = await reallocation.ProposeAsync(new ReallocationRequest(month, minCarriers, maxShare), ct);
            return new ReallocationView(monthText, minCarriers, maxShare, [proposal], null);
        }
        catch (ReallocationInfeasibleException e)
        {
            // The page says it in the form's own terms and in the reader's language (the CLI's message names its options).
            var key = $"managers.realloc.{e.Code}";
            var reason = Texts.All.ContainsKey(key) ? Text.T(key) : e.Message;
            return new ReallocationView(monthText, minCarriers, maxShare, [], Text.T("managers.realloc-failed", reason));
        }
    }
}
