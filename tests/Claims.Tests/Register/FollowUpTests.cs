using System.Text.Json;
using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Filing;
using Claims.Register;

namespace Claims.Tests.Register;

/// <summary>Follow-ups on Wolverine: who they are recorded as, and what happens when one keeps failing.</summary>
public sealed class FollowUpTests
{
    private static readonly DateOnly Start = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");

    [Fact]
    public async Task a_deduction_made_by_a_follow_up_is_the_systems_and_names_the_wolverine_message_that_caused_it()
    {
        await using var host = await LifecycleHost.StartAsync(Start);
        await AcceptedUnpaidClaimAsync(host, "ZT930001");
        host.Clock.MoveTo(Start.AddDays(16));

        var summary = await host.RunDueWorkAsync();

        Assert.Equal(0, summary.Dead);
        Assert.True(summary.Published >= 1, $"{summary.Published} follow-ups ran");
        Assert.Equal(["system"], await host.RowsAsync("select user_name from mt_events where type = 'DeductedFromDeposit'"));
        // The causation is the id of the envelope Wolverine handled (kept a while after handling, for idempotency).
        Assert.Equal(1L, await host.ScalarAsync("""
            select count(*) from mt_events e join wolverine_incoming_envelopes w on w.id = e.causation_id::uuid
            where e.type = 'DeductedFromDeposit' and w.message_type = 'CheckPayment'
            """));
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from scheduled_work where type = 'CheckPayment'"));
    }

    [Fact]
    public async Task a_follow_up_that_keeps_failing_is_retried_then_parked_and_a_replay_runs_it_once_the_cause_is_gone()
    {
        await using var host = await LifecycleHost.StartAsync(Start, m => m.Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)]);
        await AcceptedUnpaidClaimAsync(host, "ZT930002");
        host.Clock.MoveTo(Start.AddDays(16));
        // The deposit ledger cannot be written: every attempt to deduct fails in the database and rolls back whole.
        await host.ScalarAsync("alter table deposit_ledger rename to deposit_ledger_away");

        await host.RunDueWorkAsync();
        var dead = await EventuallyAsync(async () => await host.Get<DueWork>().ListDeadAsync(), d => d.Count == 1);

        Assert.Equal("CheckPayment", dead[0].Type);
        Assert.Contains("deposit_ledger", dead[0].LastError);
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        var listed = await CliRun.RunAsync(host.ConnectionString, "work", "--dead", "--format", "json");
        Assert.True(listed.Exit == 0, listed.Err);
        var json = JsonDocument.Parse(listed.Out).RootElement;
        Assert.Equal(dead[0].Id.ToString(), json[0].GetProperty("id").GetString());
        Assert.Equal("claim:ZTO:ZT930002:forward", json[0].GetProperty("body").GetProperty("claimId").GetString());

        await host.ScalarAsync("alter table deposit_ledger_away rename to deposit_ledger");
        var replay = await CliRun.RunAsync(host.ConnectionString, "work", "--replay", dead[0].Id.ToString());
        Assert.True(replay.Exit == 0, replay.Err);
        Assert.Contains("ran again and was handled", replay.Out, StringComparison.Ordinal);

        // It deducted once and nothing is parked any more.
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        Assert.Empty(await host.Get<DueWork>().ListDeadAsync());
        await host.RunDueWorkAsync();
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DepositDeducted'"));
        var unknown = await CliRun.RunAsync(host.ConnectionString, "work", "--replay", Guid.NewGuid().ToString());
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("no parked message", unknown.Err);
    }

    [Fact]
    public async Task payment_checks_due_together_each_draw_on_the_deposit_as_the_one_before_left_it()
    {
        await using var host = await LifecycleHost.StartAsync(Start);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var commands = host.Get<ClaimCommands>();
        // 100 in the deposit (the contract wants 20,000 kept); three claims of 3 x 20 freight = 60 each.
        Assert.Null((await commands.LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 100m, "R1"), Lin)).Refusal);
        foreach (var waybill in new[] { "ZT930011", "ZT930012", "ZT930013" })
        {
            var reported = await host.Get<ClaimReporting>().ReportAsync(
                new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                    GoodsValue: 500m, Freight: 20m, WeightKg: 1.2m), Lin);
            Assert.Null((await commands.RunAsync(reported.ClaimId, Lin, (c, t, today) => FileClaimHandler.Decide(c, new FileClaim(Start), t, today))).Refusal);
            Assert.Null((await commands.RunAsync(reported.ClaimId, Lin,
                (c, t, today) => RecordAnswerHandler.Decide(c, new RecordAcceptance(Start, null), t, today))).Refusal);
        }
        host.Clock.MoveTo(Start.AddDays(16));

        Assert.Equal(0, (await host.RunDueWorkAsync()).Dead);

        // Together they take what the deposit holds and no more; the shortfall stays owed; one top-up is asked for.
        Assert.Equal(["0.00", "20.00", "60.00"], (await host.RowsAsync("select (outstanding + 0.00)::text from claims order by outstanding")));
        Assert.Equal(100m, await host.ScalarAsync("select sum((data->>'amount')::numeric) from mt_events where type = 'DepositDeducted'"));
        Assert.Equal(2L, await host.ScalarAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DepositTopUpRequested'"));
        // Each claim's deduction names the message that asked for it, though they were saved together.
        Assert.Equal(2L, await host.ScalarAsync("""
            select count(distinct e.causation_id) from mt_events e join wolverine_incoming_envelopes w on w.id = e.causation_id::uuid
            where e.type = 'DeductedFromDeposit' and w.message_type = 'CheckPayment'
            """));
    }

    private static async Task AcceptedUnpaidClaimAsync(LifecycleHost host, string waybill)
    {
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var commands = host.Get<ClaimCommands>();
        Assert.Null((await commands.LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 20_000m, "R1"), Lin)).Refusal);
        var reported = await host.Get<ClaimReporting>().ReportAsync(
            new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                GoodsValue: 500m, Freight: 12m, WeightKg: 1.2m), Lin);
        Assert.Null((await commands.RunAsync(reported.ClaimId, Lin, (c, t, today) => FileClaimHandler.Decide(c, new FileClaim(Start), t, today))).Refusal);
        Assert.Null((await commands.RunAsync(reported.ClaimId, Lin,
            (c, t, today) => RecordAnswerHandler.Decide(c, new RecordAcceptance(Start, null), t, today))).Refusal);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            Assert.True(DateTime.UtcNow < until, $"still not there after a minute: {value}");
            await Task.Delay(100);
        }
    }
}
