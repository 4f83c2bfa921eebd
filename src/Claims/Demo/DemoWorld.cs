using Marten;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Postgres;
using Claims.Lifecycle;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Claims.Demo;

/// <summary>
/// The product's own services on the demo's clock: the same store, projections, import, commands and message handlers
/// as the hosts use, so every demo fact is decided by the real handlers and recorded on the day it happened.
/// </summary>
internal sealed class DemoWorld : IAsyncDisposable
{
    public DemoWorld(IServiceProvider services)
    {
        // Commits without waiting for the disk: a year of business days is thousands of small transactions, and a crash
        // can only lose the last moments of a demo (each transaction still lands whole or not at all).
        var database = services.GetRequiredService<ClaimsDatabase>();
        DataSource = EventStoreDataSource.Create(
            new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = "-c synchronous_commit=off" }.ConnectionString);
        Clock = new DemoClock(services.GetRequiredService<TimeProvider>());
        Registry = services.GetRequiredService<ContractRegistry>();
        Store = services.CreateEventStore(DataSource, Clock);
        Import = new ClaimImport(Store, Registry, Clock, DataSource);
        Reporting = new ClaimReporting(Store, Registry, Clock);
        Commands = new ClaimCommands(Store, Registry, Clock, DataSource);
        Volumes = new VolumeImport(Store, new Managers.ServiceLevels.ServiceLevelJudging(Registry, DataSource, Clock), Clock);
        Contracts = new ContractRegistration(Store);
        Penalties = new Penalties.PenaltyCommands(Store, Clock);
        Messages = services.GetRequiredService<EventStoreOptions>();
    }

    public NpgsqlDataSource DataSource { get; }

    public DemoClock Clock { get; }

    public ContractRegistry Registry { get; }

    public EventStore Store { get; }

    public ClaimImport Import { get; }

    public ClaimReporting Reporting { get; }

    public ClaimCommands Commands { get; }

    public VolumeImport Volumes { get; }

    public ContractRegistration Contracts { get; }

    public Penalties.PenaltyCommands Penalties { get; }

    private EventStoreOptions Messages { get; }

    /// <summary>
    /// Runs the follow-ups due by the end of the demo's day through the same decisions Wolverine's handlers make
    /// (<see cref="Deadlines"/>), on the demo's own store and clock: Wolverine's handlers write through the host's store,
    /// whose events are stamped with the real time, and the demo replays a year in a minute. Each is removed from scheduled_work in the transaction of what it decided.
    /// </summary>
    public async Task RunDueWorkAsync(CancellationToken ct)
    {
        var before = Clock.StartOf(Clock.Today().AddDays(1));
        while (true)
        {
            var due = new List<(Guid Id, string Type, string Body)>();
            await using (var command = DataSource.CreateCommand(
                "select id, type, body from scheduled_work where due_at < $1 order by due_at, id limit 500"))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = before.ToUniversalTime() });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    due.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
            }
            if (due.Count == 0)
                return;
            foreach (var (id, type, body) in due)
            {
                var session = Store.LightweightSession(Actor.System, causationId: id.ToString());
                session.QueueSqlCommand("delete from scheduled_work where id = $1", id);
                await Deadlines.RunAsync(session, Messages.Messages.Deserialize(type, body, Messages.Json), Registry, Clock, Clock.Today(), ct);
            }
        }
    }

    /// <summary>Runs one actor's steps on distinct claims in one transaction (as ClaimCommands does for one claim): each
    /// claim is appended to at the version it was read at, so a concurrent change fails the save rather than being lost.</summary>
    public async Task<int> RunStepsAsync(IReadOnlyList<PlannedStep> steps, Actor actor, CancellationToken ct)
    {
        var set = await Registry.GetAsync(ct);
        var claims = await ReadClaimsAsync([.. steps.Select(s => s.ClaimId)], ct);
        var session = Store.LightweightSession(actor);
        var today = Clock.Today();
        var done = 0;
        foreach (var step in steps)
        {
            if (!claims.TryGetValue(step.ClaimId, out var claim))
                continue;
            var decision = step.Decide(claim.State, ContractRegistry.TermsFor(set, claim.State.Contract), today);
            if (decision.IsRefused || decision.Events.Count == 0)
                continue;
            session.Events.Append(step.ClaimId, claim.Version, [.. decision.Events]);
            ClaimReporting.Schedule(session, decision, Clock);
            done++;
        }
        await session.SaveChangesAsync(ct);
        return done;
    }

    // The claims of a round in one query: FetchForWriting reads one stream per round trip, and a year has ~15,000 steps.
    private async Task<Dictionary<string, (ClaimState State, long Version)>> ReadClaimsAsync(string[] ids, CancellationToken ct)
    {
        await using var session = Store.Marten.QuerySession();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(ids))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var claims = new Dictionary<string, (ClaimState State, long Version)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var state = claims.TryGetValue(e.StreamKey!, out var known) ? known.State : ClaimState.Empty;
            claims[e.StreamKey!] = (state.Apply(e.Data), e.Version);
        }
        return claims;
    }

    public async Task<long> CountAsync(string sql, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Store.Marten.Dispose();
        await DataSource.DisposeAsync();
    }
}
