using System.CommandLine;

namespace Claims.Cli.Hosting;

/// <summary>The `claims` command: its tree of subcommands, and the exit-code rules of CLI.md.</summary>
public static class CliApp
{
    /// <summary>Builds the command tree. Each feature contributes its commands through one Create method.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("claims — logistics claims and carrier contract tracker (物流索赔与承运商合同管理)");
        root.Options.Add(GlobalOptions.DataDir);
        root.Options.Add(GlobalOptions.Connection);
        // Features add their commands here, one line each.
        root.Subcommands.Add(Claims.Cli.Contracts.AssessCommand.Create());
        root.Subcommands.Add(Claims.Cli.Contracts.ContractsCommand.Create());
        root.Subcommands.Add(Claims.Cli.Work.WorkCommand.Create());
        root.Subcommands.Add(Claims.Cli.Projections.ProjectionsCommand.Create());
        foreach (var c in Claims.Cli.Lifecycle.LifecycleCommands.Create()) root.Subcommands.Add(c);
        root.Subcommands.Add(Claims.Cli.Lifecycle.DepositCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.ImportCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.ListCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.ShowCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.CarriersCommand.Create());
        root.Subcommands.Add(Claims.Cli.Demo.DemoCommand.Create());
        root.Subcommands.Add(Claims.Cli.Finance.ExportCommand.Create());
        root.Subcommands.Add(Claims.Cli.Finance.PacketCommand.Create());
        root.Subcommands.Add(Claims.Cli.Users.UsersCommand.Create());
        root.Subcommands.Add(Claims.Cli.Evidence.AttachCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.OverrideCommand.Create());
        root.Subcommands.Add(Claims.Cli.Lifecycle.NoteCommand.Create());
        root.Subcommands.Add(Claims.Cli.Managers.CompareCommand.Create());
        root.Subcommands.Add(Claims.Cli.Managers.ReallocateCommand.Create());
        root.Subcommands.Add(Claims.Cli.Managers.TeamCommand.Create());
        root.Subcommands.Add(Claims.Cli.Notifications.NotifyCommand.Create());
        root.Subcommands.Add(Claims.Cli.Notifications.WebhooksCommand.Create());
        root.Subcommands.Add(Claims.Cli.Penalties.PenaltiesCommand.Create());
        return root;
    }

    /// <summary>Runs the command line; output and errors go to the given writers so tests can run it in-process.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
                await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync("Run 'claims --help' (or the command with --help) to see the usage.");
            return ExitCodes.BadInput;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(config);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: a user gets one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
