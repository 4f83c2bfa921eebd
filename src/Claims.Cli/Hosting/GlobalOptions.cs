using System.CommandLine;

namespace Claims.Cli.Hosting;

/// <summary>Options every command accepts: where the data is (CLI.md, "Where the data is").</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder of the embedded PostgreSQL cluster (default .claims-data, or CLAIMS_DATA_DIR)",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string of an existing PostgreSQL (default ConnectionStrings__Claims); nothing is started",
        Recursive = true,
    };
}
