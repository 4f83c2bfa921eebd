using Claims.Notifications;

namespace Claims.Web.Hosting;

/// <summary>
/// The unread count in every page's header. A page must still render when the count cannot be read (the database
/// restarting): then the header shows no count rather than the page failing.
/// </summary>
public sealed class InboxCount(Inbox inbox, ILogger<InboxCount> logger)
{
    public async Task<int> OfAsync(string user, CancellationToken ct)
    {
        // Two seconds at most: a header is not worth a page that hangs while the database is away.
        using var soon = CancellationTokenSource.CreateLinkedTokenSource(ct);
        soon.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            return await inbox.UnreadAsync(user, soon.Token);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogDebug(ex, "The inbox count could not be read");
            return 0;
        }
    }
}
