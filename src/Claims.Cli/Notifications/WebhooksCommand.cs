using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Webhooks;

namespace Claims.Cli.Notifications;

/// <summary>
/// `claims webhooks add URL --events E,… --secret S`, `claims webhooks list`, `claims webhooks remove ID`: integrations
/// (a chat bot, an ERP) told of events as they are recorded, each delivery signed (README, Webhooks).
/// </summary>
public static class WebhooksCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = "Where each delivery is POSTed (http:// or https://)" };
        var events = new Option<string>("--events")
        {
            Description = "Comma-separated event types: " + string.Join(", ", WebhookEvents.All), Required = true,
        };
        var secret = new Option<string>("--secret")
        {
            Description = $"The shared secret ({WebhookSubscriptions.MinSecretLength}+ characters) each delivery's HMAC-SHA256 signature is made with",
            Required = true,
        };
        var add = new Command("add", "Subscribe a URL to event types") { url, events, secret };
        add.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var types = parse.GetRequiredValue(events).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var (added, refusal) = await services.Get<WebhookSubscriptions>().AddAsync(parse.GetRequiredValue(url), types,
                parse.GetRequiredValue(secret), Environment.UserName, ct);
            if (refusal is not null)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{added!.Id}  {added.Url}  {string.Join(",", added.Events)}");
            return ExitCodes.Ok;
        });
        var list = new Command("list", "The subscriptions: id, URL, event types");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var all = await services.Get<WebhookSubscriptions>().ListAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            if (all.Count == 0)
                await output.WriteLineAsync("No webhooks; `claims webhooks add URL --events claim.filed --secret S` adds one.");
            foreach (var s in all)
                await output.WriteLineAsync($"{s.Id}  {s.Url}  {string.Join(",", s.Events)}  (since {s.CreatedAt:yyyy-MM-dd}, {s.CreatedBy})");
            return ExitCodes.Ok;
        });
        var id = new Argument<string>("ID") { Description = "The subscription's id (`claims webhooks list`)" };
        var remove = new Command("remove", "Stop a subscription (what was not delivered yet is not sent; the log stays)") { id };
        remove.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            if (!await services.Get<WebhookSubscriptions>().RemoveAsync(parse.GetRequiredValue(id), ct))
                throw new CliException($"There is no webhook {parse.GetRequiredValue(id)}; `claims webhooks list` shows them.");
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Webhook {parse.GetRequiredValue(id).Trim()} removed.");
            return ExitCodes.Ok;
        });
        return new Command("webhooks", "Webhooks for integrations: signed JSON POSTs of claim, deposit and penalty events") { add, list, remove };
    }
}
