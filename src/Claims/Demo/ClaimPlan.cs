using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;

namespace Claims.Demo;

/// <summary>The order in which a day's work is done: a claim's later steps see what its earlier steps did that day.</summary>
internal enum Phase
{
    Override,
    File,
    Answer,
    Pay,
    Note,
    End,
}

/// <summary>A step of a claim's story on a business day. Decide runs the real lifecycle handler on the claim as it then
/// is: a step the claim has moved past (already deemed accepted, already paid off by a deduction) is refused and skipped.</summary>
internal sealed record PlannedStep(DateOnly On, Phase Phase, string ClaimId, Actor Actor, Func<ClaimState, ClaimTerms, DateOnly, Decision> Decide);

/// <summary>An incident reported on a day (Again: a second report for a shipment that already has its claim).</summary>
internal sealed record PlannedReport(DateOnly On, Incident Incident, Actor Actor, bool Again);

/// <summary>People of the demo shop, recorded as the actors of what they did.</summary>
internal static class DemoPeople
{
    public static readonly Actor[] AfterSales = [new("王芳"), new("李娜"), new("陈静")];

    /// <summary>Stands for whoever of <see cref="AfterSales"/> is on duty the day a step is done: the team works the
    /// day's list together, so a day's after-sales work is one transaction per step kind rather than one per person.</summary>
    public static readonly Actor OnDuty = new("after-sales on duty");

    public static Actor Resolve(Actor actor, DateOnly day) => actor == OnDuty ? AfterSales[day.DayNumber % AfterSales.Length] : actor;
    public static readonly Actor Finance = new("张伟");
    public static readonly Actor Manager = new("刘洋");
}
