using System.CommandLine;

namespace Claims.Cli.Contracts;

/// <summary>`claims contracts`: the parent of the commands about contract files (`check`, later `load`).</summary>
public static class ContractsCommand
{
    public static Command Create()
    {
        var command = new Command("contracts", "Contract files: check a folder of them (合同文件)");
        command.Subcommands.Add(ContractsCheckCommand.Create());
        command.Subcommands.Add(ContractsLoadCommand.Create());
        return command;
    }
}
