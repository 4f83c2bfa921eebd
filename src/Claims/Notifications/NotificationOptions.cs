namespace Claims.Notifications;

/// <summary>
/// <c>Notifications:*</c>: when the digest goes and what it covers, where its links point, and the SMTP server it goes
/// through (<c>Notifications:Smtp:*</c>). Without an SMTP host digests reach the in-app inbox only.
/// </summary>
public sealed class NotificationOptions
{
    /// <summary>Deadlines ending within this many days go in the digest (besides those already past).</summary>
    public int DaysAhead { get; set; } = 3;

    /// <summary>The shop's local time from which a web node sends the day's digests.</summary>
    public TimeOnly SendAt { get; set; } = new(8, 0);

    /// <summary>The web app's address as users reach it, for the links in a mail.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Claims <claims@localhost>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
