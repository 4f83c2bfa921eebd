using System.Diagnostics;
using Npgsql;

namespace Claims.Tests.Faults;

/// <summary>The real `claims` command in its own process (Claims.Cli.dll built beside these tests), to be killed.</summary>
internal static class Child
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, Task<string>> Outputs = [];

    /// <summary>What the child printed (stdout and stderr), once it has exited: for a failing test's message.</summary>
    public static async Task<string> OutputAsync(Process child) =>
        Outputs.TryGetValue(child, out var output) ? await output : "";

    public static Process StartCli(string cs, params string[] args)
    {
        // One working folder per test process (the child writes nothing there we read; its logs go to the database).
        var workDir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"claims-fault-cli-{Environment.ProcessId}")).FullName;
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claims.Cli.dll"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.ArgumentList.Add("--connection");
        info.ArgumentList.Add(cs);
        var process = Process.Start(info)!;
        // Drain the pipes so a chatty child never blocks on a full buffer; kept for a failing test's message.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Outputs.Add(process, Task.WhenAll(stdout, stderr).ContinueWith(t => string.Join("\n", t.Result), TaskScheduler.Default));
        return process;
    }

    /// <summary>Waits until <paramref name="sql"/> counts more than <paramref name="above"/>, then SIGKILLs the child mid-work.</summary>
    /// <returns>False when the child finished first (nothing left to interrupt).</returns>
    public static async Task<bool> KillOnceItProgressesAsync(Process child, string cs, string sql, long above)
    {
        var watch = Stopwatch.StartNew();
        while (await ScalarAsync(cs, sql) <= above)
        {
            if (child.HasExited)
                return false;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "the child made no progress within a minute");
            await Task.Delay(5);
        }
        if (child.HasExited)
            return false;
        child.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks, no flushing
        await child.WaitForExitAsync();
        return true;
    }

    public static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<string>> RowsAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var command = new NpgsqlCommand(sql, conn);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
        return rows;
    }
}
