using System.Diagnostics;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Filing;
using Claims.Register;
using Claims.Testing;
using Claims.Tests.Register;

namespace Claims.Tests.Faults;

/// <summary>`claims work` SIGKILLed five times while it deducts overdue payments from a deposit, then run until idle.</summary>
public sealed class KilledWorkerTests
{
    private static readonly DateOnly Start = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");

    [Fact]
    public async Task a_worker_killed_five_times_while_deducting_never_deducts_a_claim_twice_and_the_rest_is_deducted_within_a_minute()
    {
        // Enough that a run dies between batches of deductions (a batch is up to 100 claims of one deposit) five times over.
        const int claims = 2_000;
        await using var host = await LifecycleHost.StartAsync(Start);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var commands = host.Get<ClaimCommands>();
        Assert.Null((await commands.LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 10_000_000m, "R1"), Lin)).Refusal);
        // Filed on the first day and never answered: by the real clock the child runs on, each is deemed accepted and its
        // payment long overdue.
        await DueClaims.FileAsync(host.Services, "KW", claims, Start);
        var cs = host.ConnectionString;
        const string deductions = "select count(*) from mt_events where type = 'DepositDeducted'";

        var kills = 0;
        long done = 0;
        var finished = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var child = Child.StartCli(cs, "work", "--until-idle");
            if (await Child.KillOnceItProgressesAsync(child, cs, deductions, done))
                kills++;
            else
                finished.Add(await Child.OutputAsync(child));
            done = await Child.ScalarAsync(cs, deductions);
            await AssertNothingDeductedTwiceAsync(cs);
        }
        Assert.True(kills == 5, $"only {kills} of 5 runs were still deducting when killed ({done} of {claims} deducted); the others said: {string.Join(" | ", finished)}");
        Assert.InRange(done, 1, claims - 1);

        var watch = Stopwatch.StartNew();
        var last = await CliRun.RunAsync(cs, "work", "--until-idle");
        Assert.True(last.Exit == 0, last.Err);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"the backlog took {watch.Elapsed} to drain");

        await AssertNothingDeductedTwiceAsync(cs);
        Assert.Equal(claims, await Child.ScalarAsync(cs, deductions));
        Assert.Equal([$"paid|0|{claims}"], await host.RowsAsync("select status, sum(outstanding), count(*) from claims group by status"));
        Assert.Empty(await host.Get<DueWork>().ListDeadAsync());
        var before = await Child.RowsAsync(cs, "select c::text from claims c order by id");
        Assert.Equal(0, (await CliRun.RunAsync(cs, "projections", "rebuild")).Exit);
        Assert.Equal(before, await Child.RowsAsync(cs, "select c::text from claims c order by id"));
    }

    /// <summary>At most one deduction per claim, never more than it was owed, and the deposit's ledger agrees with the claims'.</summary>
    private static async Task AssertNothingDeductedTwiceAsync(string cs)
    {
        Assert.Equal(0L, await Child.ScalarAsync(cs, """
            select count(*) from (select stream_id from mt_events where type = 'DeductedFromDeposit' group by stream_id having count(*) > 1) twice
            """));
        Assert.Equal(0L, await Child.ScalarAsync(cs, "select count(*) from claims where outstanding < 0"));
        // One statement, one snapshot: a killed child's backend may still commit the transaction it was sent.
        Assert.Equal(0L, await Child.ScalarAsync(cs, """
            select abs(count(*) filter (where type = 'DeductedFromDeposit') - count(*) filter (where type = 'DepositDeducted'))
            from mt_events
            """));
    }
}
