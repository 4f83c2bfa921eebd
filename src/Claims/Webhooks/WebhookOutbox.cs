using System.Text.Json;
using Marten;
using Marten.Services;

namespace Claims.Webhooks;

/// <summary>
/// A Marten session listener: before a save commits, each appended event a subscription asks for becomes a delivery row
/// (one per subscription, unique per subscription and event) and a follow-up in <c>scheduled_work</c>, due at once
/// whatever the business date (-infinity: the next sweep, within a minute on a web node, hands it to Wolverine), in
/// the save's own transaction. So an event that is stored is delivered, one that is not is not, and nothing creates a
/// delivery twice. Only live saves pass here: a rebuild of the read models replays events without sending anything.
/// </summary>
internal sealed class WebhookOutbox(Infrastructure.EventStore.EventStoreOptions options) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var rows = session.PendingChanges.Streams()
            .SelectMany(stream => stream.Events.Select(e => (Stream: stream.Key ?? stream.Id.ToString(), Event: e, Type: WebhookEvents.TypeOf(e.Data))))
            .Where(x => x.Type is not null)
            .ToList();
        if (rows.Count == 0)
            return Task.CompletedTask;
        var data = rows.Select(x =>
        {
            var body = JsonSerializer.SerializeToNode(x.Event.Data, x.Event.Data.GetType(), options.Json)!.AsObject();
            if (WebhookEvents.AnswerOf(x.Event.Data) is { } answer)
                body["answer"] = answer;
            return body.ToJsonString(options.Json);
        }).ToArray();
        // The body is composed in SQL because each delivery's id (sent in it, for receivers to drop repeats) is made there.
        session.QueueSqlCommand("""
            with ins as (
                insert into webhook_deliveries (id, subscription_id, event_type, event_id, subject, body, status, attempts, created_at)
                select d.id, d.subscription_id, d.type, d.event_id, d.subject,
                    jsonb_build_object('id', d.id, 'type', d.type, 'occurredAt', now(), 'subject', d.subject, 'data', d.data)::text,
                    'pending', 0, now()
                from (
                    select gen_random_uuid() as id, s.id as subscription_id, e.type, e.event_id, e.subject, e.data
                    from unnest(?::text[], ?::uuid[], ?::text[], ?::jsonb[]) as e(type, event_id, subject, data)
                    join webhook_subscriptions s on s.removed_at is null and e.type = any(s.events)
                ) d
                on conflict (subscription_id, event_id) do nothing
                returning id
            )
            insert into scheduled_work (id, type, body, due_at, sent_by, correlation_id, causation_id, created_at)
            select gen_random_uuid(), 'DeliverWebhook', jsonb_build_object('deliveryId', id), '-infinity', 'system', null, null, now() from ins
            """,
            rows.Select(x => x.Type!).ToArray(), rows.Select(x => x.Event.Id).ToArray(), rows.Select(x => x.Stream).ToArray(), data);
        return Task.CompletedTask;
    }
}
