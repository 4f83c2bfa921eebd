using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claims.Cli.Evidence;
using Claims.Cli.Hosting;
using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims show WAYBILL`: one claim as it stands, and its timeline (date, who, what) from its stream.</summary>
public static class ShowCommand
{
    private static readonly JsonSerializerOptions CompactJson = new(CliJson.Options) { WriteIndented = false };

    public static Command Create()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("show", "One claim with its timeline of events") { waybill, direction, format };
        command.SetAction(async (parse, ct) =>
        {
            var dir = ClaimOptions.ParseDirection(parse.GetValue(direction));
            await using var services = await CliServices.StartAsync(parse, ct);
            var (id, notFound) = await services.Get<ClaimCommands>().ResolveAsync(Claims.Contracts.Model.Waybills.Normalize(parse.GetRequiredValue(waybill)), dir, ct);
            if (notFound is not null)
                throw new CliException(notFound.Message);
            var session = services.Get<EventStore>().LightweightSession(Actor.System);
            var events = await session.Events.FetchStreamAsync(id!, ct);
            var claim = ClaimState.From(events.Select(e => e.Data));
            var evidence = await services.Get<EvidenceStore>().ListAsync(id!, ct);
            var names = await services.Get<Claims.Users.UserDirectory>().DisplayNamesAsync(ct);
            var timeline = events.Select(e => new
            {
                at = e.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), who = e.Actor, whoName = names.Of(e.Actor), what = e.Type,
                details = e.Data,
            }).ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id, status = claim.Status.ToName(), claim.Contract, claim.Clause, claim.Page, claim.Title,
                    amount = claim.ClaimAmount, claim.Currency, claim.AssessedAmount, claim.OverriddenAmount, claim.OverrideReason,
                    claim.FileBy, claim.FiledOn, claim.RespondBy, claim.AcceptedAmount,
                    claim.PayBy, claim.Received, claim.Deducted, claim.Outstanding, claim.ManualReason, claim.Trace, evidence, timeline,
                }, CliJson.Options));
                return ExitCodes.Ok;
            }
            var c = claim;
            await output.WriteLineAsync($"{id}  {c.Status.ToName()}");
            if (c.Incident is { } i)
                await output.WriteLineAsync($"{Claims.Contracts.Model.IncidentTypeNames.Name(i.Incident)} on {i.IncidentOn:yyyy-MM-dd}, "
                    + $"{Claims.Contracts.Model.DirectionNames.Name(i.Direction)}, order {i.OrderId ?? "-"}{(i.Note is null ? "" : $", note: {i.Note}")}");
            await output.WriteLineAsync($"contract {c.Contract} clause {c.Clause} (p. {c.Page}) {c.Title}");
            await output.WriteLineAsync($"amount {c.ClaimAmount} {c.Currency}  received {c.Received}  deducted {c.Deducted}  outstanding {c.Outstanding}");
            if (c.OverriddenAmount is not null)
                await output.WriteLineAsync($"set by hand: {c.OverriddenAmount} {c.Currency} ({c.OverrideReason}); computed {c.AssessedAmount?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            if (c.ManualReason is not null)
                await output.WriteLineAsync($"needs manual assessment: {c.ManualReason}");
            await output.WriteLineAsync($"evidence ({evidence.Count})");
            foreach (var e in evidence)
                await output.WriteLineAsync($"  {e.FileName}  {EvidenceLine.Describe(e)}  {e.AttachedAt:yyyy-MM-dd} {names.Of(e.AttachedBy)}");
            // A person reads this: date, who, what happened and its amounts (`--format json` has the events as stored).
            await output.WriteLineAsync("timeline");
            foreach (var e in events)
            {
                var (what, detail) = Claims.Finance.Packets.TimelineText.Describe(e.Data, c.Currency);
                var at = e.OccurredAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                await output.WriteLineAsync($"  {at}  {Claims.Cli.Managers.CompareRows.Pad(names.Of(e.Actor), 12)} {what}{(string.IsNullOrEmpty(detail) ? "" : "  " + detail)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
