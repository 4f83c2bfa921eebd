using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Claims.Notifications;

/// <summary>Sends a digest through the configured SMTP server with MailKit: HTML with a plain-text alternative.</summary>
public sealed class DigestMailer(NotificationOptions options)
{
    public bool Configured => !string.IsNullOrWhiteSpace(options.Smtp.Host);

    /// <summary>Throws when the server cannot be reached or refuses the mail: Wolverine retries the message, then parks it.</summary>
    public async Task SendAsync(string to, DigestMail mail, CancellationToken ct)
    {
        var smtp = options.Smtp;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { HtmlBody = mail.Html, TextBody = mail.Text }.ToMessageBody();
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var host = smtp.Host ?? throw new InvalidOperationException("Notifications:Smtp:Host is not set.");
        await client.ConnectAsync(host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(smtp.User))
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        await client.SendAsync(message, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
        {
            // The server took the mail; a failed goodbye must not make Wolverine send it again.
        }
    }
}
