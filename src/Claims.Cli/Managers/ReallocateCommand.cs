using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Managers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Cli.Managers;

/// <summary>`claims reallocate`: new volume shares for a month that lower the unrecovered loss (JSON or a table).</summary>
public static class ReallocateCommand
{
    public static Command Create()
    {
        var month = new Option<string>("--month") { Description = "The month to propose shares for, yyyy-mm", Required = true };
        var minCarriers = new Option<int>("--min-carriers") { Description = "Keep at least this many carriers", DefaultValueFactory = _ => 3 };
        var maxShare = new Option<decimal>("--max-share") { Description = "No carrier above this share (0.5 = 50%)", DefaultValueFactory = _ => 0.5m };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("reallocate", "Propose new volume shares that lower the unrecovered loss (运量调整建议)")
        {
            month, minCarriers, maxShare, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(month);
            if (!YearMonth.TryParse(text, out var target) || target.Year is < 2000 or > 2100)
                throw new CliException($"--month must be a month written yyyy-mm (e.g. 2026-03), not '{text}'.");
            var (carriers, share) = (parse.GetValue(minCarriers), parse.GetValue(maxShare));
            if (carriers < 1)
                throw new CliException($"--min-carriers must be at least 1, not {carriers}.");
            if (share is <= 0 or > 1)
                throw new CliException($"--max-share must be above 0 and at most 1 (0.5 = 50%), not {share}.");
            var settings = Settings();
            await using var services = await CliServices.StartAsync(parse, ct, s => s.AddSingleton(settings));
            ReallocationProposal proposal;
            try
            {
                proposal = await services.Get<Reallocation>().ProposeAsync(new ReallocationRequest(target, carriers, share), ct);
            }
            catch (ReallocationInfeasibleException ex)
            {
                throw new CliException($"No proposal: {ex.Message}", ex.Code == "no-volume" ? ExitCodes.Failure : ExitCodes.BadInput);
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
                await output.WriteLineAsync(JsonSerializer.Serialize(ReallocateRows.Json(proposal), CliJson.Options));
            else
                await ReallocateRows.TableAsync(proposal, output);
            return ExitCodes.Ok;
        });
        return command;
    }

    // Managers__Reallocation__* in the environment, as the web app reads Managers:Reallocation:* from its configuration.
    private static ReallocationSettings Settings()
    {
        try
        {
            return ReallocationSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
