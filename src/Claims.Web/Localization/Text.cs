using System.Globalization;

namespace Claims.Web.Localization;

/// <summary>Looks up a label in <see cref="Texts"/> for the request's language. Razor views call <c>T("key")</c>.</summary>
public static class Text
{
    public static string T(string key) =>
        Texts.All.TryGetValue(key, out var t) ? (Languages.IsChinese ? t.Zh : t.En) : key;

    public static string T(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, T(key), args);

    /// <summary>A stored name (status "filed", incident "lost", role "finance") in the page's language.</summary>
    public static string Name(string group, string? value) =>
        value is null ? "—" : Texts.All.ContainsKey($"{group}.{value}") ? T($"{group}.{value}") : value;
}
