using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
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
internal sealed class DemoWorld
{
    public DemoWorld(IServiceProvider services)
    {
        DataSource = services.GetRequiredService<NpgsqlDataSource>();
        Clock = new DemoClock(services.GetRequiredService<TimeProvider>());
        Registry = services.GetRequiredService<ContractRegistry>();
        Store = new EventStore(DataSource, Clock, services.GetRequiredService<EventStoreOptions>(), services.GetServices<IInlineProjection>());
        Import = new ClaimImport(Store, Registry, Clock, DataSource);
        Reporting = new ClaimReporting(Store, Registry, Clock);
        Commands = new ClaimCommands(Store, Registry, Clock, DataSource);
        Volumes = new VolumeImport(Store);
        Contracts = new ContractRegistration(Store);
        Worker = new MessageWorker(Store, services.GetRequiredService<IServiceScopeFactory>(), services.GetServices<MessageHandlerInvoker>(),
            services.GetRequiredService<MessagingOptions>(), Clock, services.GetRequiredService<ILogger<MessageWorker>>());
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

    public MessageWorker Worker { get; }

    /// <summary>Runs one actor's steps on distinct claims in one transaction (as ClaimCommands does for one claim).</summary>
    public async Task<int> RunStepsAsync(IReadOnlyList<PlannedStep> steps, Actor actor, CancellationToken ct)
    {
        var set = await Registry.GetAsync(ct);
        var session = Store.LightweightSession(actor);
        var today = Clock.Today();
        var done = 0;
        foreach (var step in steps)
        {
            var stream = await session.Events.FetchForWriting<ClaimState>(step.ClaimId, ct);
            if (!stream.Aggregate.Exists)
                continue;
            var decision = step.Decide(stream.Aggregate, ContractRegistry.TermsFor(set, stream.Aggregate.Contract), today);
            if (decision.IsRefused || decision.Events.Count == 0)
                continue;
            stream.AppendMany([.. decision.Events]);
            ClaimReporting.Schedule(session, decision, Clock);
            done++;
        }
        await session.SaveChangesAsync(ct);
        return done;
    }

    public async Task<long> CountAsync(string sql, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
