using Claims.Cli.Hosting;
using Claims.Testing;

namespace Claims.Tests.BadInput;

/// <summary>A connection string carrying a password, given to the CLI: the password is in no output, error or log file.</summary>
public sealed class SecretsInLogsTests
{
    private const string Secret = "Pg-Secret-4711-xyz";

    [Fact]
    public async Task a_password_in_the_connection_string_never_reaches_the_output_the_errors_or_the_log_files()
    {
        var cs = await TestPostgres.CreateDatabaseAsync("secrets") + $";Password={Secret}";
        var dataDir = Directory.CreateTempSubdirectory("claims-secrets-").FullName;
        try
        {
            var said = new List<string>();
            async Task<int> RunAsync(params string[] args)
            {
                var (output, error) = (new StringWriter(), new StringWriter());
                var exit = await CliApp.RunAsync([.. args, "--data-dir", dataDir], output, error);
                said.Add(output.ToString());
                said.Add(error.ToString());
                return exit;
            }

            Assert.Equal(0, await RunAsync("contracts", "load", Register.Repo.Samples, "--connection", cs));
            Assert.Equal(0, await RunAsync("list", "--connection", cs));
            // A server that does not answer: the error names where, never the secret.
            Assert.NotEqual(0, await RunAsync("list", "--connection", $"Host=127.0.0.1;Port=1;Database=claims;Username=claims;Password={Secret};Timeout=2"));
            // A connection string that does not parse.
            Assert.NotEqual(0, await RunAsync("list", "--connection", $"Host=127.0.0.1;Pasword={Secret};Bogus"));

            var logs = Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.True(logs.Sum(l => l.Length) > 0, "the CLI wrote no log file, so this test would prove nothing");
            Assert.Contains(said, s => s.Length > 0);
            Assert.All(said.Concat(logs), text => Assert.DoesNotContain(Secret, text, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
