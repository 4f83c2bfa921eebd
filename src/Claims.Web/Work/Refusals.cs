using Claims.Lifecycle;
using Claims.Web.Localization;

namespace Claims.Web.Work;

/// <summary>A refusal in the page's language: the translated sentence for its code (the handler's own words are English, for English readers).</summary>
public static class Refusals
{
    public static string Describe(Refusal refusal)
    {
        var key = "refusal." + refusal.Code;
        if (!Texts.All.ContainsKey(key))
            return refusal.Message;
        return Languages.IsChinese ? Text.T(key) : refusal.Message;
    }
}
