using System.Diagnostics;
using Claims.Infrastructure.Messaging;
using Claims.Infrastructure.Tests.EventStore;
using Claims.Testing.Worker;

namespace Claims.Infrastructure.Tests.Messaging;

/// <summary>Two worker processes on one queue, as two app nodes would be.</summary>
public sealed class MultiProcessWorkerTests
{
    private const int Messages = 10_000;

    [Fact]
    public async Task two_worker_processes_handle_ten_thousand_messages_exactly_once()
    {
        await using var db = await PrepareAsync("two_workers");

        using var a = StartWorker(db.ConnectionString);
        using var b = StartWorker(db.ConnectionString);
        await WaitForExitAsync(a, b);

        await AssertEachHandledExactlyOnceAsync(db);
        Assert.Equal(2L, await db.ScalarAsync<long>("select count(distinct worker) from handled"));
    }

    [Fact]
    public async Task a_worker_killed_mid_run_loses_nothing_and_the_other_finishes()
    {
        await using var db = await PrepareAsync("killed_worker");

        // The victim is slowed down so it is certainly holding claimed messages when it dies.
        using var victim = StartWorker(db.ConnectionString, delayMs: 2);
        using var survivor = StartWorker(db.ConnectionString);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await db.ScalarAsync<long>("select count(*) from handled where worker = $1", victim.Id) < 200 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync();
        await WaitForExitAsync(survivor);

        await AssertEachHandledExactlyOnceAsync(db);
        var byVictim = await db.ScalarAsync<long>("select count(*) from handled where worker = $1", victim.Id);
        Assert.InRange(byVictim, 200, Messages - 1);
    }

    private static async Task<TestStore> PrepareAsync(string name)
    {
        var db = await TestStore.CreateAsync(s => s.AddMessageType<TestWork>(), name);
        await db.ExecuteAsync(TestWorkHandler.HandledTable);
        var session = db.Session();
        for (var n = 0; n < Messages; n++)
            session.Messages.Send(new TestWork(n));
        await session.SaveChangesAsync();
        return db;
    }

    private static async Task AssertEachHandledExactlyOnceAsync(TestStore db)
    {
        Assert.Equal(Messages, await db.ScalarAsync<long>("select count(*) from handled"));
        Assert.Equal(Messages, await db.ScalarAsync<long>("select count(distinct message_id) from handled"));
        Assert.Equal(Messages, await db.ScalarAsync<long>("select count(distinct n) from handled"));
        Assert.Equal(0L, await db.ScalarAsync<long>("select count(*) from messages"));
    }

    private static Process StartWorker(string connectionString, int delayMs = 0)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claims.Testing.Worker.dll"));
        psi.ArgumentList.Add(connectionString);
        psi.ArgumentList.Add(delayMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(psi)!;
        // Drain the pipes so a chatty worker never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"worker {process.Id}: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForExitAsync(params Process[] workers)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAll(workers.Select(w => w.WaitForExitAsync(timeout.Token)));
        }
        finally
        {
            foreach (var w in workers.Where(w => !w.HasExited))
                w.Kill(entireProcessTree: true);
        }
        Assert.All(workers, w => Assert.Equal(0, w.ExitCode));
    }
}
