using Claims.Carriers;
using Claims.Contracts.Volumes;
using Claims.Infrastructure.EventStore;
using Claims.Managers.ServiceLevels;

namespace Claims.Register;

/// <summary>
/// Monthly shipment volumes onto the carrier streams; a month recorded again replaces the earlier figures. Each month's
/// service levels are judged in the same transaction, so figures and the penalties resting on them land together.
/// </summary>
public sealed class VolumeImport(
    EventStore store, ServiceLevelJudging serviceLevels, TimeProvider time, Wolverine.Runtime.IWolverineRuntime? wolverine = null)
{
    public Task<ImportSummary> ImportAsync(IEnumerable<VolumeRow> rows, Actor actor, CancellationToken ct = default)
    {
        var command = new RecordVolumes([.. rows], actor);
        return CommandBus.InvokeAsync(wolverine, command, () => RecordAsync(store.LightweightSession(actor), command, serviceLevels, time, ct), ct);
    }

    internal static async Task<ImportSummary> RecordAsync(
        EventSession session, RecordVolumes command, ServiceLevelJudging serviceLevels, TimeProvider time, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var valid = new List<VolumeRow>();
        foreach (var row in command.Rows)
        {
            if (row.IsValid && row is { Carrier: not null, Year: not null, Month: not null, Parcels: not null, Freight: not null })
                valid.Add(row);
            else
                errors.Add(new ImportError(row.Line, row.Error ?? "invalid row"));
        }
        var created = 0;
        foreach (var carrier in valid.GroupBy(r => r.Carrier!))
        {
            var stream = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(carrier.Key), ct);
            if (!stream.Aggregate.Exists)
            {
                errors.AddRange(carrier.Select(r => new ImportError(r.Line, $"no contract is registered for carrier {carrier.Key}")));
                continue;
            }
            foreach (var r in carrier)
                stream.AppendOne(new ShipmentVolumeRecorded(r.Year!.Value, r.Month!.Value, r.Parcels!.Value, r.Freight!.Value, stream.Aggregate.Currency ?? ""));
            // A month given twice in one file: its last row is the figure that stands, and the one judged.
            foreach (var month in carrier.GroupBy(r => (r.Year!.Value, r.Month!.Value)).Select(m => m.Last()))
            {
                var judged = await serviceLevels.JudgeAsync(stream.Aggregate, month.Year!.Value, month.Month!.Value, month.Parcels!.Value, month.Freight!.Value, ct);
                if (judged.Events.Count > 0)
                    stream.AppendMany([.. judged.Events]);
                ClaimReporting.Schedule(session, judged, time);
            }
            created += carrier.Count();
        }
        await session.SaveChangesAsync(ct);
        return new ImportSummary(created, 0, errors.Count, errors.OrderBy(e => e.Line).ToList());
    }
}
