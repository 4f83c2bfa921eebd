using Claims.Infrastructure.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Claims.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The message worker (with the event store it writes through). Call once; handlers add themselves.</summary>
    public static IServiceCollection AddClaimsMessaging(this IServiceCollection services, Action<MessagingOptions>? configure = null)
    {
        services.AddClaimsEventStore();
        var options = new MessagingOptions();
        configure?.Invoke(options);
        services.RemoveAll<MessagingOptions>();
        services.AddSingleton(options);
        services.AddLogging();
        services.TryAddSingleton<MessageWorker>();
        return services;
    }

    /// <summary>Register a message type (stable name, the class name by default) and its handler.</summary>
    public static IServiceCollection AddMessageHandler<TMessage, THandler>(this IServiceCollection services, string? name = null)
        where THandler : class, IMessageHandler<TMessage>
    {
        services.AddMessageType<TMessage>(name);
        services.AddScoped<IMessageHandler<TMessage>, THandler>();
        services.AddSingleton<MessageHandlerInvoker>(new MessageHandlerInvoker<TMessage>());
        return services;
    }

    /// <summary>Register a message type this process sends but another one handles.</summary>
    public static IServiceCollection AddMessageType<TMessage>(this IServiceCollection services, string? name = null) =>
        services.AddSingleton(new NamedType(NamedTypeKind.Message, typeof(TMessage), name ?? typeof(TMessage).Name));

    /// <summary>Run the worker in the background of a host (the web app) for as long as it runs.</summary>
    public static IServiceCollection AddMessageWorkerService(this IServiceCollection services) =>
        services.AddHostedService<MessageWorkerService>();
}

internal sealed class MessageWorkerService(MessageWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
