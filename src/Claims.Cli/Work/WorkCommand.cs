using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Infrastructure.Messaging;

namespace Claims.Cli.Work;

/// <summary>`claims work`: run due scheduled work (answer and payment deadlines, deductions, reminders).</summary>
public static class WorkCommand
{
    public static Command Create()
    {
        var untilIdle = new Option<bool>("--until-idle") { Description = "Run what is due now and exit (default: keep working until Ctrl+C)" };
        var dead = new Option<bool>("--dead") { Description = "List the messages parked after repeated failures, and exit" };
        var format = new Option<string>("--format") { Description = "Output of --dead: table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("work", "Run due scheduled work: carrier answer deadlines, payment deadlines, deposit deductions, filing reminders")
        {
            untilIdle, dead, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var worker = services.Get<MessageWorker>();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(dead))
            {
                await WriteDeadAsync(await worker.ListDeadAsync(ct), parse.GetValue(format)!, output);
                return ExitCodes.Ok;
            }
            if (parse.GetValue(untilIdle))
            {
                var summary = await worker.RunUntilIdleAsync(ct);
                await output.WriteLineAsync($"handled {summary.Handled}, failed {summary.Failed} (will retry), parked {summary.Dead}");
                return ExitCodes.Ok;
            }
            await output.WriteLineAsync(
                $"Watching {services.Where} for due work (payment checks, deductions, reminders); press Ctrl+C to stop. "
                + "(`claims work --until-idle` runs what is due now and exits.)");
            await output.FlushAsync(ct);
            try
            {
                await worker.RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteDeadAsync(IReadOnlyList<DeadMessage> messages, string format, TextWriter output)
    {
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(messages.Select(m => new
            {
                id = m.Id, type = m.Type, attempts = m.Attempts, lastError = m.LastError, createdAt = m.CreatedAt, failedAt = m.FailedAt,
                sentBy = m.SentBy, correlationId = m.CorrelationId, body = JsonDocument.Parse(m.Body).RootElement,
            }), CliJson.Options));
            return;
        }
        if (messages.Count == 0)
        {
            await output.WriteLineAsync("No parked messages.");
            return;
        }
        foreach (var m in messages)
            await output.WriteLineAsync($"{m.Id}  {m.Type}  attempts {m.Attempts}  failed {m.FailedAt:yyyy-MM-dd HH:mm}  {m.LastError}");
    }
}
