using System.Diagnostics;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Lifecycle.Reporting;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Claims.Benchmarks.EventStore;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>
/// Rows per second importing an incident CSV through the product's import (read, parse, assess, append, project,
/// schedule), bare Marten appends of the same events in the same batches, and the same run's physical limit: a binary COPY of the very events that import writes into a copy of
/// Marten's events table (same columns and indexes), serialised before the clock starts.
/// </summary>
internal static class ImportThroughput
{
    public static async Task<double> ImportAsync(IServiceProvider services, string csv, int expected)
    {
        var import = services.GetRequiredService<ClaimImport>();
        var set = await import.ContractsAsync();
        var clock = Stopwatch.StartNew();
        var summary = await import.ImportAsync(IncidentFileReader.Read(csv, c => set?.ResolveCarrier(c) ?? c), new Actor("bench"));
        var seconds = clock.Elapsed.TotalSeconds;
        if (summary.Created != expected)
            throw new InvalidOperationException($"the import created {summary.Created:N0} claims, not {expected:N0} ({summary.Invalid} invalid, {summary.Duplicates} duplicates)");
        return expected / seconds;
    }

    /// <summary>
    /// The same events started as streams by Marten's own session, in the import's batch size (one save per batch),
    /// decided before the clock starts: what Marten costs without our read, parse, assess, projections and messages.
    /// </summary>
    public static async Task<double> BareMartenAsync(IServiceProvider services, IReadOnlyList<Incident> incidents)
    {
        var set = await services.GetRequiredService<ContractRegistry>().GetAsync();
        var today = TimeProvider.System.Today();
        var decided = incidents.Select(incident => (
            Id: "bare:" + ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction),
            Events: ReportIncidentHandler.Decide(ClaimState.Empty, incident, ClaimReporting.Assess(set, incident), today).Events.ToArray())).ToList();
        var marten = services.GetRequiredService<Marten.IDocumentStore>();
        var clock = Stopwatch.StartNew();
        foreach (var batch in decided.Chunk(ClaimImport.BatchSize))
        {
            await using var session = marten.LightweightSession();
            session.LastModifiedBy = "bench";
            foreach (var (id, events) in batch)
                session.Events.StartStream(id, events);
            await session.SaveChangesAsync();
        }
        return incidents.Count / clock.Elapsed.TotalSeconds;
    }

    public static async Task<double> CopyAsync(IServiceProvider services, IReadOnlyList<Incident> incidents)
    {
        var options = services.GetRequiredService<EventStoreOptions>();
        var set = await services.GetRequiredService<ContractRegistry>().GetAsync();
        var today = TimeProvider.System.Today();
        var prepared = incidents.SelectMany(incident =>
        {
            var id = ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction);
            return ReportIncidentHandler.Decide(ClaimState.Empty, incident, ClaimReporting.Assess(set, incident), today).Events
                .Select((e, i) => new EventRow(id, i + 1, e.GetType().Name, System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), options.Json)));
        }).ToList();
        var now = DateTimeOffset.UtcNow;
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await using (var create = dataSource.CreateCommand(EventRowsCopy.CreateTable))
            await create.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        await using (var conn = await dataSource.OpenConnectionAsync())
            await EventRowsCopy.WriteAsync(conn, prepared, now, correlationId: null);
        return incidents.Count / clock.Elapsed.TotalSeconds;
    }
}
