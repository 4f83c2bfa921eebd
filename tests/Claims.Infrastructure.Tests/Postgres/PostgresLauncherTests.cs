using Claims.Infrastructure.Postgres;

namespace Claims.Infrastructure.Tests.Postgres;

public sealed class PostgresLauncherTests
{
    [Fact]
    public async Task the_first_start_creates_the_cluster_and_the_claims_database_and_a_restart_keeps_the_data()
    {
        await using var dir = new TempDataDirectory();

        await using (var first = await PostgresLauncher.StartAsync(dir.Options with { Durable = true }))
        {
            Assert.Equal(PostgresLaunchOutcome.Initialised, first.Outcome);
            Assert.True(first.StartedByUs);
            Assert.Equal("claims", await Sql.ScalarAsync(first.ConnectionString, "SELECT current_database()"));
            await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }

        await using var second = await PostgresLauncher.StartAsync(dir.Options with { Durable = true });

        Assert.Equal(PostgresLaunchOutcome.Started, second.Outcome);
        Assert.Equal("still here", await Sql.ScalarAsync(second.ConnectionString, "SELECT note FROM kept"));
    }

    [Fact]
    public async Task stopping_the_launcher_stops_the_server()
    {
        await using var dir = new TempDataDirectory();
        var postgres = await PostgresLauncher.StartAsync(dir.Options);

        await postgres.DisposeAsync();

        Assert.False(File.Exists(TempDataDirectory.PostmasterPid(postgres)));
        Assert.False(await Sql.AnswersAsync(postgres.ConnectionString));
    }

    [Fact]
    public async Task a_second_start_while_the_server_runs_reuses_it_and_the_last_user_stops_it()
    {
        await using var dir = new TempDataDirectory();
        var first = await PostgresLauncher.StartAsync(dir.Options);
        var second = await PostgresLauncher.StartAsync(dir.Options);

        Assert.Equal(PostgresLaunchOutcome.Reused, second.Outcome);
        Assert.False(second.StartedByUs);
        Assert.Equal(first.ConnectionString, second.ConnectionString);

        // The starter leaving must not pull the server from under the other user (the CLI ending under the web app).
        await first.DisposeAsync();
        Assert.True(await Sql.AnswersAsync(second.ConnectionString));

        await second.DisposeAsync();
        Assert.False(await Sql.AnswersAsync(second.ConnectionString));
    }

    [Fact]
    public async Task a_data_directory_with_a_long_path_gets_its_socket_in_a_short_folder()
    {
        await using var dir = new TempDataDirectory(new string('d', 100));

        await using var postgres = await PostgresLauncher.StartAsync(dir.Options);

        Assert.StartsWith("/tmp/claims-", postgres.Host, StringComparison.Ordinal);
        Assert.True(await Sql.AnswersAsync(postgres.ConnectionString));
    }

    [Fact]
    public async Task as_root_a_data_directory_the_server_user_cannot_enter_keeps_its_cluster_under_var_lib_claims()
    {
        await using var dir = new TempDataDirectory(Path.Combine("private", "data"));
        Directory.CreateDirectory(Path.Combine(dir.Root, "private"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(dir.Root, "private"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var root = Environment.UserName == "root";

        await using (var first = await PostgresLauncher.StartAsync(dir.Options))
        {
            Assert.Equal(root ? "/var/lib/claims/clusters" : dir.DataDirectory, root ? Path.GetDirectoryName(first.ClusterDirectory) : first.ClusterDirectory);
            await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (id int)");
        }

        await using var second = await PostgresLauncher.StartAsync(dir.Options);
        Assert.Equal(PostgresLaunchOutcome.Started, second.Outcome);
        Assert.Equal(0L, await Sql.ScalarAsync(second.ConnectionString, "SELECT count(*) FROM kept"));
    }

    [Fact]
    public async Task missing_postgresql_is_reported_with_how_to_install_it_or_use_another_server()
    {
        var empty = Directory.CreateTempSubdirectory("claims-nopg-");
        try
        {
            var options = new PostgresLaunchOptions { DataDirectory = Path.Combine(empty.FullName, "data"), PgBin = empty.FullName, SearchInstalledLocations = false };

            var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(() => PostgresLauncher.StartAsync(options));

            Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
            Assert.Contains("brew install postgresql", error.Message, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings__Claims", error.Message, StringComparison.Ordinal);
            Assert.Contains("PG_BIN", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(options.DataDirectory));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
