using System.Net;
using System.Text;

namespace Claims.Notifications;

/// <summary>
/// A digest as mail and inbox show it, in the reader's language: a subject, the HTML document mailed, the same content as
/// a fragment for the in-app inbox page, and a plain-text body. Every text in the HTML is encoded.
/// </summary>
public sealed record DigestMail(string Subject, string Html, string Fragment, string Text)
{
    public static DigestMail Of(Digest digest, string baseUrl)
    {
        var zh = digest.Language == "zh";
        var day = digest.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var subject = zh ? $"物流索赔每日提醒 {day}：{digest.Count} 项" : $"Claims daily digest {day}: {digest.Count} item{(digest.Count == 1 ? "" : "s")}";
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append("<h1 style=\"font-size:1.2em\">").Append(WebUtility.HtmlEncode(subject)).Append("</h1>");
        text.AppendLine(subject).AppendLine();
        foreach (var section in digest.Sections)
        {
            html.Append("<h2 style=\"font-size:1em\">").Append(WebUtility.HtmlEncode(section.Title)).Append("</h2><ul>");
            text.AppendLine(section.Title);
            foreach (var item in section.Items)
            {
                var line = WebUtility.HtmlEncode(item.Text);
                var link = item.ClaimId is { } id ? $"{baseUrl.TrimEnd('/')}/claims/view?id={Uri.EscapeDataString(id)}" : null;
                html.Append("<li").Append(item.Overdue ? " style=\"color:#b91c1c;font-weight:600\"" : "").Append('>');
                html.Append(link is null ? line : $"<a href=\"{WebUtility.HtmlEncode(link)}\">{line}</a>").Append("</li>");
                text.Append("- ").Append(item.Text);
                if (link is not null)
                    text.Append("  ").Append(link);
                text.AppendLine();
            }
            if (section.More > 0)
            {
                var more = zh ? $"另有 {section.More} 项，请在系统中查看。" : $"And {section.More} more: see the app.";
                html.Append("<li>").Append(WebUtility.HtmlEncode(more)).Append("</li>");
                text.Append("- ").AppendLine(more);
            }
            html.Append("</ul>");
            text.AppendLine();
        }
        var footer = zh ? "您可以在“通知设置”中关闭每日提醒。" : "You can turn the daily digest off under Notifications.";
        html.Append("<p style=\"color:#555\">").Append(WebUtility.HtmlEncode(footer)).Append("</p>");
        text.AppendLine(footer);
        return new DigestMail(subject, Document(subject, zh, html.ToString()), html.ToString(), text.ToString());
    }

    /// <summary>The mailed HTML document around a digest's (encoded) fragment.</summary>
    public static string Document(string subject, bool zh, string fragment) =>
        $"<!DOCTYPE html><html lang=\"{(zh ? "zh-CN" : "en")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head>" +
        $"<body style=\"font-family:sans-serif\">{fragment}</body></html>";
}
