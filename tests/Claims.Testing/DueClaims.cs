using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Infrastructure;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Lifecycle.Filing;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Testing;

/// <summary>
/// Many ZTO claims (sample contracts: 7 days to answer, silence is acceptance, 15 days to pay) imported and filed on
/// one day, so their follow-ups all fall due at once: deemed accepted on <see cref="DeemedOn"/>, deducted from the
/// deposit on <see cref="DeductedOn"/>. The exactly-once test and the benchmark share it.
/// </summary>
public static class DueClaims
{
    public static DateOnly DeemedOn(DateOnly filedOn) => filedOn.AddDays(8);

    public static DateOnly DeductedOn(DateOnly filedOn) => DeemedOn(filedOn).AddDays(16);

    /// <summary>Imports <paramref name="count"/> claims and files each on <paramref name="filedOn"/> (the services' clock must be on or after it).</summary>
    public static async Task<IReadOnlyList<string>> FileAsync(IServiceProvider services, string prefix, int count, DateOnly filedOn, CancellationToken ct = default)
    {
        var actor = new Actor("bulk");
        var rows = Enumerable.Range(0, count).Select(i => new IncidentRow(i + 2,
            new Incident($"{prefix}{i:D6}", "ZTO", IncidentType.Lost, Direction.Forward, filedOn.AddDays(-4), filedOn.AddDays(-2),
                GoodsValue: 300m + i % 100, Freight: 12m, WeightKg: 1.2m),
            $"{prefix}{i:D6}", "ZTO", null)).ToList();
        await services.GetRequiredService<ClaimImport>().ImportAsync(rows, actor, ct: ct);
        var ids = rows.Select(r => ClaimState.StreamId("ZTO", r.Incident!.Waybill, Direction.Forward)).ToList();
        var store = services.GetRequiredService<EventStore>();
        var registry = services.GetRequiredService<ContractRegistry>();
        var time = services.GetRequiredService<TimeProvider>();
        var set = await registry.GetAsync(ct);
        // Filed through the real decision, 500 claims a transaction, each at the version it was read at.
        foreach (var chunk in ids.Chunk(500))
        {
            var session = store.LightweightSession(actor);
            foreach (var id in chunk)
            {
                var stream = await session.Events.FetchForWriting<ClaimState>(id, ct);
                var decision = FileClaimHandler.Decide(stream.Aggregate, new FileClaim(filedOn), ContractRegistry.TermsFor(set, stream.Aggregate.Contract), time.Today());
                if (decision.Refusal is { } refusal)
                    throw new InvalidOperationException($"{id}: {refusal.Message}");
                stream.AppendMany([.. decision.Events]);
                ClaimReporting.Schedule(session, decision, time);
            }
            await session.SaveChangesAsync(ct);
        }
        return ids;
    }
}
