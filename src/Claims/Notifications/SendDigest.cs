using Claims.Users;
using Microsoft.Extensions.Logging;
using Wolverine.Attributes;

namespace Claims.Notifications;

/// <summary>Send one user their digest of one day (queued once per user and day by <see cref="DigestSweep"/>).</summary>
[MessageIdentity("SendDigest")]
public sealed record SendDigest(string User, DateOnly Day);

/// <summary>
/// Wolverine's handler: builds the digest as of its day, keeps it in the user's inbox, mails it when the user gave an
/// address and an SMTP server is configured. A mail that fails throws: Wolverine retries the message (the inbox copy is
/// kept once), then parks it as a dead letter (`claims work --dead`, `--replay`).
/// </summary>
public static class NotificationHandlers
{
    public static async Task Handle(SendDigest message, UserDirectory users, DigestBuilder builder, Inbox inbox, DigestMailer mailer,
        NotificationOptions options, ILogger<DigestMailer> logger, CancellationToken ct)
    {
        if (await users.DigestRecipientAsync(message.User, ct) is not { } user)
            return; // turned off, or gone, since the day's digests were queued
        var digest = await builder.BuildAsync(user, message.Day, ct);
        if (digest.IsEmpty)
            return;
        // The first copy kept is the one mailed, on every attempt: the mail says what the inbox says.
        var (mail, mailed) = await inbox.KeepAsync(digest, DigestMail.Of(digest, options.BaseUrl), ct);
        if (user.Settings.Email is not { } to || mailed)
            return;
        if (!mailer.Configured)
        {
            logger.LogDebug("No SMTP server configured (Notifications:Smtp:Host): {User}'s digest is in the inbox only", user.Name);
            return;
        }
        await mailer.SendAsync(to, mail, ct);
        await inbox.MarkMailedAsync(user.Name, message.Day, ct);
        logger.LogInformation("Digest of {Day} mailed to {User} ({Count} items)", message.Day, user.Name, digest.Count);
    }
}
