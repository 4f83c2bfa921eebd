using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Testing;
using Claims.Tests.Register;

namespace Claims.Tests.Demo;

public sealed class DemoCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Claims(string cs, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await CliApp.RunAsync([.. args, "--connection", cs], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task claims_demo_fills_an_empty_store_once_and_then_refuses_with_a_reason()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("demo_cli");

        var filled = await Claims(cs, "demo", "--months", "1", "--parcels-per-month", "20000", "--contracts", Repo.Samples, "--format", "json");
        Assert.True(filled.Exit == 0, filled.Err);
        using var summary = JsonDocument.Parse(filled.Out);
        Assert.Equal(6, summary.RootElement.GetProperty("carriers").GetInt32());
        Assert.True(summary.RootElement.GetProperty("claims").GetInt32() > 0, filled.Out);
        var carriers = await Claims(cs, "carriers", "--format", "json");
        Assert.Equal(6, JsonDocument.Parse(carriers.Out).RootElement.GetArrayLength());

        var again = await Claims(cs, "demo", "--months", "1");
        Assert.Equal(ExitCodes.Failure, again.Exit);
        Assert.Contains("only added to an empty store", again.Err, StringComparison.Ordinal);
        Assert.Equal("", again.Out);
    }

    [Fact]
    public async Task claims_demo_refuses_a_months_value_it_cannot_use()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("demo_cli");
        var refused = await Claims(cs, "demo", "--months", "0");
        Assert.Equal(ExitCodes.BadInput, refused.Exit);
        Assert.Contains("--months must be between 1 and 60", refused.Err, StringComparison.Ordinal);
    }
}
