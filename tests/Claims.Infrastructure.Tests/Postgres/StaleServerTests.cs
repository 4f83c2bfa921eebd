using System.Diagnostics;
using Claims.Infrastructure.Postgres;

namespace Claims.Infrastructure.Tests.Postgres;

/// <summary>What a killed run leaves behind, and how the next start copes with it.</summary>
public sealed class StaleServerTests
{
    [Fact]
    public async Task a_server_left_running_by_a_killed_process_is_adopted_and_stopped_by_the_next_run()
    {
        await using var dir = new TempDataDirectory();
        using (var child = StartChild(dir.DataDirectory))
        {
            Assert.Equal("ready Initialised", await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
            child.Kill();
            await child.WaitForExitAsync();
        }

        var next = await PostgresLauncher.StartAsync(dir.Options);
        Assert.Equal(PostgresLaunchOutcome.Adopted, next.Outcome);
        Assert.True(await Sql.AnswersAsync(next.ConnectionString));

        await next.DisposeAsync();
        Assert.False(File.Exists(TempDataDirectory.PostmasterPid(next)));
    }

    [Fact]
    public async Task two_processes_starting_at_once_share_one_server()
    {
        await using var dir = new TempDataDirectory();
        using var one = StartChild(dir.DataDirectory);
        using var two = StartChild(dir.DataDirectory);
        try
        {
            var said = await Task.WhenAll(
                one.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)),
                two.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));

            Assert.Equal(["ready Initialised", "ready Reused"], said.Select(s => s ?? "").Order(StringComparer.Ordinal).ToArray());
        }
        finally
        {
            one.Kill();
            two.Kill();
            await Task.WhenAll(one.WaitForExitAsync(), two.WaitForExitAsync());
        }
    }

    [Fact]
    public async Task a_running_process_using_the_server_makes_the_next_start_reuse_it_not_adopt_it()
    {
        await using var dir = new TempDataDirectory();
        using var child = StartChild(dir.DataDirectory);
        try
        {
            Assert.Equal("ready Initialised", await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));

            await using var next = await PostgresLauncher.StartAsync(dir.Options);

            Assert.Equal(PostgresLaunchOutcome.Reused, next.Outcome);
        }
        finally
        {
            child.Kill();
            await child.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task a_hard_killed_server_leaves_a_stale_pid_file_and_the_next_start_recovers_the_data()
    {
        await using var dir = new TempDataDirectory();
        // Committed means handed to the OS (synchronous_commit), which is what survives a killed process.
        var options = dir.Options with { ServerSettings = new Dictionary<string, string> { ["synchronous_commit"] = "on" } };
        var first = await PostgresLauncher.StartAsync(options);
        await Sql.ExecuteAsync(first.ConnectionString, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('committed')");
        var pidFile = TempDataDirectory.PostmasterPid(first);
        var postmasterPid = int.Parse(File.ReadLines(pidFile).First(), System.Globalization.CultureInfo.InvariantCulture);
        var helpers = ChildrenOf(postmasterPid);
        using (var postmaster = Process.GetProcessById(postmasterPid))
        {
            postmaster.Kill();
            await postmaster.WaitForExitAsync();
        }

        Assert.True(File.Exists(pidFile));
        await first.DisposeAsync(); // the killed run's handle: its server is gone already
        // The pid file now names a live process that is not PostgreSQL (this one): PostgreSQL alone would refuse to start.
        await File.WriteAllTextAsync(pidFile, $"{Environment.ProcessId}\n{Path.Combine(first.ClusterDirectory, "pg")}\n");
        await WaitForExit(helpers);

        await using var next = await PostgresLauncher.StartAsync(options);
        Assert.Equal(PostgresLaunchOutcome.Started, next.Outcome);
        Assert.Equal("committed", await Sql.ScalarAsync(next.ConnectionString, "SELECT note FROM kept"));
    }

    private static Process StartChild(string dataDirectory)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claims.Testing.LauncherChild.dll"));
        psi.ArgumentList.Add(dataDirectory);
        return Process.Start(psi)!;
    }

    private static List<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent)
            .ToList();

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 4)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    // The server's helper processes notice their postmaster died and exit within moments; until then they hold its
    // shared memory and PostgreSQL refuses to start (a real killed run gives them the same moments).
    private static async Task WaitForExit(List<int> pids)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && pids.Any(Runs))
        {
            await Task.Delay(50);
        }
    }

    private static bool Runs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
