using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Contracts.Listing;
using Claims.Contracts.Loading;

namespace Claims.Cli.Contracts;

/// <summary>`claims contracts check DIR`: validates a contract folder and prints each contract and its clauses.</summary>
public static class ContractsCheckCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder of contract files (*.yaml, *.yml)" };
        var command = new Command("check", "Validate a folder of contract files and print each contract and its clauses; exit 2 on errors");
        command.Arguments.Add(folder);
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            return Run(parse.GetRequiredValue(folder), config.Output, config.Error);
        });
        return command;
    }

    internal static int Run(string folder, TextWriter output, TextWriter error)
    {
        var result = ContractLoader.LoadFolder(folder);
        if (result.Set is not { } set)
        {
            // One `file:line:column: message` per line and nothing else, so editors and scripts can read them.
            foreach (var e in result.Errors)
                error.WriteLine(e.ToString());
            return ExitCodes.BadInput;
        }
        ContractListing.Write(output, set);
        return ExitCodes.Ok;
    }
}
