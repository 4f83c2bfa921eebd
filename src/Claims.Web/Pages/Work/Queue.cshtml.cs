using Claims.Web.Work;

namespace Claims.Web.Pages.Work;

/// <summary>After-sales' home: open claims, the deadline that expires first on top, overdue ones highlighted.</summary>
public sealed class QueueModel(ClaimQueries queries, TimeProvider time) : ClaimListModel(queries, time)
{
    public override bool OpenOnly => true;
    public override string TitleKey => "queue.title";
}
