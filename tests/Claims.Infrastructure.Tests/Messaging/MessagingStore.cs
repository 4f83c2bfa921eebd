using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Tests.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Infrastructure.Tests.Messaging;

internal static class MessagingStore
{
    public static Task<TestStore> CreateAsync(string name) => TestStore.CreateAsync(s =>
    {
        s.AddSingleton<HandlerCalls>();
        s.AddMessageHandler<RemindOwner, RemindOwnerHandler>();
        s.AddMessageHandler<AlwaysFails, AlwaysFailsHandler>();
        s.AddMessageHandler<FailsOnce, FailsOnceHandler>();
    }, name);

    public static HandlerCalls Calls(this TestStore db) => db.Services.GetRequiredService<HandlerCalls>();

    public static async Task OpenAccountAsync(this TestStore db, string id)
    {
        var session = db.Session();
        session.Events.StartStream<Account>(id, new AccountOpened("Li Wei"));
        await session.SaveChangesAsync();
    }

    public static async Task<Guid> SendAsync(this TestStore db, object message, DateTimeOffset? at = null, string? correlationId = null)
    {
        var session = db.Store.LightweightSession(new Actor("alice"), correlationId);
        var id = at is null ? session.Messages.Send(message) : session.Messages.Schedule(message, at.Value);
        await session.SaveChangesAsync();
        return id;
    }
}
