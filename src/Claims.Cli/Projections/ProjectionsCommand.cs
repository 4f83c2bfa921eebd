using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Infrastructure.EventStore;

namespace Claims.Cli.Projections;

/// <summary>
/// `claims projections rebuild`: Marten's rebuild of every read model from the events (after a fix to a projection).
/// Saves are refused while it runs (the read-model gate), so it is safe beside a running web app.
/// </summary>
public static class ProjectionsCommand
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild", "Rebuild every read model (claims register, work queue, carriers, ledgers, finance, scorecards) from the events; saves are refused until it is done");
        rebuild.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var error = parse.InvocationConfiguration.Error;
            var lastShown = DateTime.MinValue;
            // Progress goes to stderr so stdout stays clean for scripts.
            var progress = new Progress<RebuildProgress>(p =>
            {
                if (DateTime.UtcNow - lastShown < TimeSpan.FromSeconds(1))
                    return;
                lastShown = DateTime.UtcNow;
                error.WriteLine($"replayed {p.EventsReplayed:N0} of {p.EventsTotal:N0} events");
            });
            var replayed = await services.Get<EventStore>().RebuildProjectionsAsync(progress, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Rebuilt the read models from {replayed:N0} events.");
            return ExitCodes.Ok;
        });
        return new Command("projections", "Read models kept from the events") { rebuild };
    }
}
