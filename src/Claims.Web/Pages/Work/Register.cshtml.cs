using Claims.Web.Work;

namespace Claims.Web.Pages.Work;

/// <summary>The claims register: every claim, open or not, with the same filters as the queue.</summary>
public sealed class RegisterModel(ClaimQueries queries, TimeProvider time) : ClaimListModel(queries, time)
{
    public override bool OpenOnly => false;
    public override string TitleKey => "nav.claims";
}
