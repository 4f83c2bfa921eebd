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
        try
        {
            return await inbox.UnreadAsync(user, ct);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
        {
            logger.LogDebug(ex, "The inbox count could not be read");
            return 0;
        }
    }
}
