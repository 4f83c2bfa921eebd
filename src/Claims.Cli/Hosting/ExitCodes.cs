namespace Claims.Cli.Hosting;

/// <summary>Exit codes of CLI.md: 2 for bad input, 1 for anything else.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
