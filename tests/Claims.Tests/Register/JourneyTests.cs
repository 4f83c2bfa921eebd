using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Filing;
using Claims.Register;

namespace Claims.Tests.Register;

public sealed class JourneyTests
{
    private static readonly DateOnly Start = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");

    [Fact]
    public async Task an_accepted_claim_left_unpaid_is_deducted_from_the_deposit_once_and_a_top_up_is_requested()
    {
        await using var host = await LifecycleHost.StartAsync(Start);
        var loaded = await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        Assert.Contains("ZTO-SH-2026-017", loaded.Registered);
        var commands = host.Get<ClaimCommands>();
        Assert.Null((await commands.LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 20010m, "R1"), Lin)).Refusal);

        var reported = await host.Get<ClaimReporting>().ReportAsync(
            new Incident("ZT900100", "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                GoodsValue: 500m, Freight: 12m, WeightKg: 1.2m), Lin);
        Assert.True(reported.Created);
        Assert.Equal(["assessed"], await host.RowsAsync("select status from claims"));
        Assert.Null((await commands.RunAsync(reported.ClaimId, Lin, (c, t, today) => FileClaimHandler.Decide(c, new FileClaim(Start), t, today))).Refusal);
        Assert.Null((await commands.RunAsync(reported.ClaimId, Lin,
            (c, t, today) => RecordAnswerHandler.Decide(c, new RecordAcceptance(Start, null), t, today))).Refusal);
        var owed = (decimal)(await host.ScalarAsync("select outstanding from claims"))!;
        Assert.True(owed > 10m);

        host.Clock.MoveTo(Start.AddDays(15)); // the last day to pay: nothing happens yet
        await host.RunDueWorkAsync();
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));

        host.Clock.MoveTo(Start.AddDays(16));
        await host.RunDueWorkAsync();
        await host.RunDueWorkAsync();

        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DepositDeducted'"));
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'DepositTopUpRequested'"));
        Assert.Equal([$"paid|0|{owed}"], await host.RowsAsync("select status, outstanding, deducted from claims"));
        Assert.Equal([$"{20010m - owed}|True"], await host.RowsAsync("select balance, top_up_requested from carriers where code = 'ZTO'"));
    }

    [Fact]
    public async Task loading_the_same_contract_folder_twice_registers_nothing_the_second_time()
    {
        await using var host = await LifecycleHost.StartAsync(Start);
        var first = await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var second = await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        Assert.Equal(7, first.Registered.Count);
        Assert.Empty(second.Registered);
        Assert.Equal(7, second.Unchanged.Count);
        Assert.Equal(7, (await host.Get<ContractRegistry>().GetAsync())!.Contracts.Count);
    }
}
