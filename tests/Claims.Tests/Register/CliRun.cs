using Claims.Cli.Hosting;

namespace Claims.Tests.Register;

/// <summary>One `claims` command run in-process against a test database: its exit code and what it printed.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static async Task<CliRun> RunAsync(string connection, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync([.. args, "--connection", connection], output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
