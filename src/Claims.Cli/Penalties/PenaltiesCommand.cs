using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Cli.Lifecycle;
using Claims.Managers;
using Claims.Penalties;

namespace Claims.Cli.Penalties;

/// <summary>
/// `claims penalties [--carrier C] [--format json|table]`: the service-level penalties carriers owe, with what they paid
/// or had deducted; `claims penalties pay CARRIER --month yyyy-mm --id ID --amount X [--on] [--reference]` records a payment.
/// </summary>
public static class PenaltiesCommand
{
    public static Command Create()
    {
        var carrier = new Option<string?>("--carrier") { Description = "Only this carrier (code, e.g. ZTO)" };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("penalties", "Service-level penalties carriers owe (服务水平罚款), paid, deducted and outstanding") { carrier, format, Pay() };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var code = parse.GetValue(carrier)?.Trim().ToUpperInvariant();
            var rows = await services.Get<PenaltyRegister>().ListAsync(string.IsNullOrEmpty(code) ? null : code, ct);
            var today = services.Get<PenaltyCommands>().Today;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rows.Select(r => Json(r, today)), CliJson.Options));
                return ExitCodes.Ok;
            }
            if (rows.Count == 0)
                await output.WriteLineAsync("No service-level penalties: no service level was breached in a month with recorded volumes.");
            foreach (var r in rows)
            {
                var amount = r.Amount is { } a ? ListCommand.Format(a, r.Currency) : $"to assess by hand ({r.Reason})";
                var state = r.Withdrawn ? "  WITHDRAWN" : r.Overdue(today) ? "  OVERDUE" : "";
                await output.WriteLineAsync(
                    $"{r.Carrier,-8} {r.MonthText} {r.Id,-6} p.{r.Page} {r.Metric} {Rate(r.MetricValue)} > {Rate(r.Threshold)}  {amount} {r.Currency}  " +
                    $"paid {ListCommand.Format(r.Paid, r.Currency)} deducted {ListCommand.Format(r.Deducted, r.Currency)} " +
                    $"outstanding {ListCommand.Format(r.Outstanding, r.Currency)} pay by {r.PayBy:yyyy-MM-dd}{state}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Pay()
    {
        var carrier = new Argument<string>("CARRIER") { Description = "The carrier's code (e.g. ZTO)" };
        var month = new Option<string>("--month") { Description = "The penalty's month, yyyy-mm", Required = true };
        var id = new Option<string>("--id") { Description = "The service level's id in the contract (e.g. 10.1)", Required = true };
        var amount = new Option<string>("--amount") { Description = "The amount paid", Required = true };
        var on = ClaimOptions.On();
        var reference = new Option<string?>("--reference") { Description = "The payment's reference" };
        var pay = new Command("pay", "Record what a carrier paid towards a service-level penalty") { carrier, month, id, amount, on, reference };
        pay.SetAction(async (parse, ct) =>
        {
            var text = parse.GetRequiredValue(month);
            if (!YearMonth.TryParse(text, out var penaltyMonth))
                throw new CliException($"--month must be a month written yyyy-mm (e.g. 2026-03), not '{text}'.");
            var paid = ClaimOptions.Amount(parse.GetRequiredValue(amount), "--amount");
            await using var services = await CliServices.StartAsync(parse, ct);
            var commands = services.Get<PenaltyCommands>();
            var code = parse.GetRequiredValue(carrier).Trim().ToUpperInvariant();
            var penaltyId = parse.GetRequiredValue(id).Trim();
            var outcome = await commands.PayAsync(code, new RecordPenaltyPayment(penaltyMonth.Year, penaltyMonth.Month, penaltyId,
                ClaimOptions.DateOr(parse.GetValue(on), commands.Today), paid, parse.GetValue(reference)), ClaimOptions.Actor, ct);
            if (outcome.Refusal is { } refusal)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{code}: payment of {paid} recorded against penalty {penaltyId} for {text}.");
            return ExitCodes.Ok;
        });
        return pay;
    }

    private static Dictionary<string, object?> Json(PenaltyRow r, DateOnly today) => new()
    {
        ["carrier"] = r.Carrier, ["month"] = r.MonthText, ["id"] = r.Id, ["contract"] = r.Contract, ["page"] = r.Page, ["title"] = r.Title,
        ["metric"] = r.Metric, ["metricValue"] = r.MetricValue is { } v ? Math.Round(v, 2) : null, ["threshold"] = r.Threshold,
        ["amount"] = r.Amount is { } a ? ListCommand.Format(a, r.Currency) : null, ["currency"] = r.Currency, ["reason"] = r.Reason,
        ["judgedOn"] = r.JudgedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["payBy"] = r.PayBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["paid"] = ListCommand.Format(r.Paid, r.Currency), ["deducted"] = ListCommand.Format(r.Deducted, r.Currency),
        ["outstanding"] = ListCommand.Format(r.Outstanding, r.Currency), ["overdue"] = r.Overdue(today), ["withdrawn"] = r.Withdrawn,
    };

    private static string Rate(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
