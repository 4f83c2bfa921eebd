using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Cli.Lifecycle;
using Claims.Register;

namespace Claims.Cli.Contracts;

/// <summary>`claims contracts load DIR`: register the folder's contract versions in the store (idempotent).</summary>
public static class ContractsLoadCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder of contract files (*.yaml, *.yml)" };
        var command = new Command("load", "Register the contract versions of a folder in the store; an unchanged file registers nothing") { folder };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var summary = await services.Get<ContractRegistration>().LoadFolderAsync(parse.GetRequiredValue(folder), ClaimOptions.Actor, ct);
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (summary.Errors.Count > 0)
            {
                foreach (var e in summary.Errors)
                    await error.WriteLineAsync(e.ToString());
                return ExitCodes.BadInput;
            }
            foreach (var number in summary.Registered)
                await output.WriteLineAsync($"registered {number}");
            await output.WriteLineAsync($"{summary.Registered.Count} registered, {summary.Unchanged.Count} unchanged.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
