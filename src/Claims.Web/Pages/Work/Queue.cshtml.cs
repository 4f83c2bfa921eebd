using Claims.Managers;
using Claims.Managers.Team;
using Claims.Register;
using Claims.Web.Work;

namespace Claims.Web.Pages.Work;

/// <summary>
/// After-sales' home: open claims, the deadline that expires first on top, overdue ones highlighted; below them the
/// signed-in person's own figures for the last twelve months beside the team's.
/// </summary>
public sealed class QueueModel(ClaimQueries queries, TeamFigures team, TimeProvider time) : ClaimListModel(queries, time)
{
    public override bool OpenOnly => true;
    public override string TitleKey => "queue.title";

    public PersonLine? Mine { get; private set; }
    public PersonFigures? Team { get; private set; }

    public override async Task OnGetAsync(CancellationToken ct)
    {
        await base.OnGetAsync(ct);
        var month = YearMonth.Of(Today);
        var report = await team.ReadAsync(month.AddMonths(-11), month, Today, ct);
        Team = report.Team;
        Mine = report.People.FirstOrDefault(p => string.Equals(p.Figures.User, User.Identity?.Name, StringComparison.OrdinalIgnoreCase));
    }
}
