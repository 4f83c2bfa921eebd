namespace Claims.Cli.Hosting;

/// <summary>A failure with a message meant for the user; <see cref="CliApp"/> prints it and exits with its code.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
