using Claims.Infrastructure.EventStore;
using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Claims.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    private const string OneAtATimeQueue = "one-at-a-time";

    /// <summary>
    /// Wolverine on the event store's Marten: the given handler classes (their pre-generated code is in their assembly
    /// under Internal/Generated, so nothing is compiled at run time), durable local queues in PostgreSQL, retries with
    /// backoff and dead letters. Needs a host (IHost) that starts it.
    /// </summary>
    public static IServiceCollection AddClaimsMessaging(
        this IServiceCollection services, IReadOnlyList<Type> handlers, Action<MessagingOptions>? configure = null)
    {
        var options = new MessagingOptions();
        configure?.Invoke(options);
        services.RemoveAll<MessagingOptions>();
        services.AddSingleton(options);
        services.AddClaimsEventStore();
        services.AddWolverine(ExtensionDiscovery.ManualOnly, opts => Configure(opts, handlers, options));
        services.TryAddSingleton<DueWork>();
        return services;
    }

    /// <summary>The Wolverine settings both hosts and the code generator share (the generated code must match them).</summary>
    public static void Configure(WolverineOptions opts, IReadOnlyList<Type> handlers, MessagingOptions options)
    {
        opts.ServiceName = "claims";
        opts.ApplicationAssembly = handlers[0].Assembly;
        // The handlers are named, not found by scanning: the pure deciders are also called *Handler.
        opts.Discovery.DisableConventionalDiscovery();
        foreach (var type in handlers)
            opts.Discovery.IncludeType(type);
        opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
        // Tables are created by the schema step at start (MigrateClaimsSchemaAsync), once, not probed by every CLI run.
        opts.AutoBuildMessageStorageOnStartup = AutoCreate.None;
        opts.Durability.Mode = options.RunsFollowUps ? DurabilityMode.Balanced : DurabilityMode.MediatorOnly;
        // A node that dies (killed, unplugged) holds messages in its inbox; the others notice its silent heartbeat and take
        // them over within about 15 s instead of Wolverine's default minute and more.
        opts.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(2);
        opts.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(10);
        opts.Policies.AutoApplyTransactions();
        opts.Policies.UseDurableLocalQueues();
        if (options.OneAtATime.Count > 0)
        {
            opts.LocalQueue(OneAtATimeQueue).Sequential();
            foreach (var type in options.OneAtATime)
                opts.PublishMessage(type).ToLocalQueue(OneAtATimeQueue);
        }
        foreach (var (type, batcher) in options.Batched)
            opts.BatchMessagesOf(type, b =>
            {
                b.Batcher = batcher;
                b.BatchSize = options.BatchSize;
                // Batches of a one-at-a-time type run on that queue too, in turn with its other messages.
                if (options.OneAtATime.Contains(type))
                    b.LocalExecutionQueueName = OneAtATimeQueue;
            });
        // Retries and dead letters are for follow-ups only: a command's failure goes straight back to the person who sent
        // it (a conflict is their 409, not something to try again behind their back).
        opts.Policies.Add(new FollowUpFailures(options));
    }

    /// <summary>Register a message type under a stable name (the class name by default), as scheduled work keeps it.</summary>
    public static IServiceCollection AddMessageType<TMessage>(this IServiceCollection services, string? name = null) =>
        services.AddSingleton(new NamedType(NamedTypeKind.Message, typeof(TMessage), name ?? typeof(TMessage).Name));

    /// <summary>Sweep today's due follow-ups into Wolverine for as long as the host (the web app) runs.</summary>
    public static IServiceCollection AddDueWorkSweep(this IServiceCollection services) =>
        services.AddHostedService<DueWorkSweep>();
}
