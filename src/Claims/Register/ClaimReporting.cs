using Claims.Contracts;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Lifecycle.Reporting;

namespace Claims.Register;

/// <summary>The outcome of reporting one incident: the claim it opened or joined, or why it was refused.</summary>
public sealed record ReportOutcome(string ClaimId, bool Created, Refusal? Refusal);

/// <summary>Reports incidents: assessed at once against the registered contract set.</summary>
public sealed class ClaimReporting(EventStore store, ContractRegistry registry, TimeProvider time, Wolverine.Runtime.IWolverineRuntime? wolverine = null)
{
    public Task<ReportOutcome> ReportAsync(Incident incident, Actor actor, CancellationToken ct = default) =>
        CommandBus.InvokeAsync(wolverine, new ReportIncidentCommand(incident, actor),
            () => ReportAsync(store.LightweightSession(actor), incident, registry, time, ct), ct);

    internal static async Task<ReportOutcome> ReportAsync(
        EventSession session, Incident incident, ContractRegistry registry, TimeProvider time, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        var id = ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction);
        var stream = await session.Events.FetchForWriting<ClaimState>(id, ct);
        var decision = ReportIncidentHandler.Decide(stream.Aggregate, incident, Assess(set, incident), time.Today());
        if (decision.Refusal is { } refusal)
            return new ReportOutcome(id, false, refusal);
        stream.AppendMany([.. decision.Events]);
        Schedule(session, decision, time);
        await session.SaveChangesAsync(ct);
        return new ReportOutcome(id, !stream.Aggregate.Exists, null);
    }

    internal static Assessment Assess(ContractSet? set, Incident incident) =>
        set?.Assess(incident) ?? new Assessment(AssessmentStatus.Manual, null, null, null, null, null, null, null,
            "no contract is registered (claims contracts load DIR)", null);

    internal static void Schedule(EventSession session, Decision decision, TimeProvider time)
    {
        foreach (var s in decision.Messages)
            session.Messages.Schedule(s.Message, time.StartOf(s.DueOn));
    }
}
