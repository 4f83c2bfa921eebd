using Claims.Infrastructure.Postgres;
using Microsoft.Extensions.Configuration;

namespace Claims.Infrastructure.Tests.Postgres;

public sealed class ClaimsDatabaseTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public async Task a_configured_connection_string_is_used_and_nothing_is_started()
    {
        await using var dir = new TempDataDirectory();
        var settings = new ClaimsDatabaseSettings { Connection = "Host=db.example;Database=claims", DataDirectory = dir.DataDirectory };

        await using var database = await ClaimsDatabase.ResolveAsync(settings, NoEnvironment);

        Assert.Null(database.Embedded);
        Assert.Equal("Host=db.example;Database=claims", database.ConnectionString);
        Assert.False(Directory.Exists(dir.DataDirectory));
    }

    [Fact]
    public async Task without_a_connection_string_the_embedded_cluster_of_the_data_directory_serves_the_claims_database()
    {
        await using var dir = new TempDataDirectory();
        var settings = new ClaimsDatabaseSettings { DataDirectory = dir.DataDirectory, Launch = dir.Options with { DataDirectory = null } };

        await using var database = await ClaimsDatabase.ResolveAsync(settings, NoEnvironment);

        Assert.Equal(dir.DataDirectory, database.Embedded?.DataDirectory);
        Assert.Equal("claims", await Sql.ScalarAsync(database.ConnectionString, "SELECT current_database()"));
    }

    [Fact]
    public void the_command_line_wins_over_configuration_which_wins_over_the_environment()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Claims"] = "from-config", ["CLAIMS_DATA_DIR"] = "/config-dir" })
            .Build();
        Func<string, string?> environment = name => name switch
        {
            "ConnectionStrings__Claims" => "from-env",
            "CLAIMS_DATA_DIR" => "/env-dir",
            _ => null,
        };

        Assert.Equal("from-cli", ClaimsDatabase.ConfiguredConnection(new() { Connection = "from-cli", Configuration = configuration }, environment));
        Assert.Equal("from-config", ClaimsDatabase.ConfiguredConnection(new() { Configuration = configuration }, environment));
        Assert.Equal("from-env", ClaimsDatabase.ConfiguredConnection(new(), environment));
        Assert.Null(ClaimsDatabase.ConfiguredConnection(new(), NoEnvironment));
        Assert.Equal("/cli-dir", ClaimsDatabase.DataDirectory(new() { DataDirectory = "/cli-dir", Configuration = configuration }, environment));
        Assert.Equal("/config-dir", ClaimsDatabase.DataDirectory(new() { Configuration = configuration }, environment));
        Assert.Equal("/env-dir", ClaimsDatabase.DataDirectory(new(), environment));
    }
}
