using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Cli.Lifecycle;
using Claims.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Cli.Work;

/// <summary>
/// `claims work`: run due scheduled work (answer and payment deadlines, deductions, reminders). Follow-ups wait in
/// scheduled_work for their business date; a sweep hands the due ones to Wolverine, which runs, retries and, after
/// repeated failure, parks them as dead letters.
/// </summary>
public static class WorkCommand
{
    public static Command Create()
    {
        var untilIdle = new Option<bool>("--until-idle") { Description = "Run what is due by --today and exit (default: keep working until Ctrl+C)" };
        var today = new Option<string?>("--today") { Description = "The business date to run up to (yyyy-MM-dd; default today)", HelpName = "DATE" };
        var dead = new Option<bool>("--dead") { Description = "List the messages parked after repeated failures, and exit" };
        var replay = new Option<string?>("--replay") { Description = "Run a parked message (its id from --dead) again, say what became of it, and exit", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "Output of --dead: table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("work", "Run due scheduled work: carrier answer deadlines, payment deadlines, deposit deductions, filing reminders")
        {
            untilIdle, today, dead, replay, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            DateOnly? day = parse.GetValue(today) is { } text ? ClaimOptions.DateOr(text, default, "--today") : null;
            Guid? replayId = parse.GetValue(replay) is { } idText
                ? Guid.TryParse(idText.Trim(), out var parsed) ? parsed : throw new CliException($"--replay {idText}: give the id `claims work --dead` shows.")
                : null;
            var listOnly = parse.GetValue(dead);
            await using var services = await CliServices.StartAsync(parse, ct,
                s => { if (day is { } d) s.AddSingleton<TimeProvider>(new BusinessDayClock(d)); },
                runsFollowUps: !listOnly);
            var work = services.Get<DueWork>();
            if (parse.GetValue(dead))
            {
                await WriteDeadAsync(await work.ListDeadAsync(ct), parse.GetValue(format)!, output);
                return ExitCodes.Ok;
            }
            if (replayId is { } id)
            {
                var result = await work.ReplayAndWaitAsync(id, TimeSpan.FromSeconds(60), ct);
                if (result == ReplayResult.NotFound)
                    throw new CliException($"There is no parked message {id}; `claims work --dead` lists them.");
                await output.WriteLineAsync(result switch
                {
                    ReplayResult.Handled => $"{id} ran again and was handled.",
                    ReplayResult.FailedAgainRetrying => $"{id} failed again; it will be retried (`claims work --dead` shows it if it keeps failing).",
                    ReplayResult.DeadAgain => $"{id} failed again and is parked; `claims work --dead` shows the error.",
                    _ => $"{id} is back in the queue; a running web app or the next `claims work` runs it.",
                });
                return result is ReplayResult.Handled or ReplayResult.StillWaiting or ReplayResult.FailedAgainRetrying ? ExitCodes.Ok : ExitCodes.Failure;
            }
            var time = services.Get<TimeProvider>();
            if (parse.GetValue(untilIdle))
            {
                var through = time.Today();
                var summary = await work.RunUntilIdleAsync(through, ct);
                await output.WriteLineAsync($"ran {summary.Published} follow-ups due by {through:yyyy-MM-dd}; parked (dead letters): {summary.Dead}");
                return ExitCodes.Ok;
            }
            await output.WriteLineAsync(
                $"Watching {services.Where} for due work (payment checks, deductions, reminders); press Ctrl+C to stop. "
                + "(`claims work --until-idle` runs what is due now and exits.)");
            await output.FlushAsync(ct);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    await work.SweepAsync(time.Today(), ct);
                    await Task.Delay(services.Get<MessagingOptions>().SweepInterval, ct);
                }
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
                id = m.Id, type = m.Type, exceptionType = m.ExceptionType, lastError = m.LastError, sentAt = m.SentAt,
                sentBy = m.SentBy, correlationId = m.CorrelationId, replayed = m.Replayable, body = Body(m.Body),
            }), CliJson.Options));
            return;
        }
        if (messages.Count == 0)
        {
            await output.WriteLineAsync("No parked messages.");
            return;
        }
        foreach (var m in messages)
            await output.WriteLineAsync($"{m.Id}  {m.Type}  sent {m.SentAt:yyyy-MM-dd HH:mm}  {m.ExceptionType}: {m.LastError}{(m.Replayable ? "  (replay requested)" : "")}");
    }

    private static JsonElement Body(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(body);
        }
    }
}
