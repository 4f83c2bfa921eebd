using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Messaging;
using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Filing;
using Claims.Register;

namespace Claims.Tests.Register;

public sealed class ConcurrentDeductionTests
{
    private static readonly DateOnly Start = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");

    [Fact]
    public async Task two_nodes_handling_a_payment_check_sent_twice_deduct_each_overdue_claim_exactly_once()
    {
        await using var host = await LifecycleHost.StartAsync(Start);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var commands = host.Get<ClaimCommands>();
        Assert.Null((await commands.LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 100_000m, "R1"), Lin)).Refusal);
        var claims = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var reported = await host.Get<ClaimReporting>().ReportAsync(
                new Incident($"ZT91000{i}", "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                    GoodsValue: 500m + i, Freight: 12m, WeightKg: 1.2m), Lin);
            Assert.Null((await commands.RunAsync(reported.ClaimId, Lin, (c, t, today) => FileClaimHandler.Decide(c, new FileClaim(Start), t, today))).Refusal);
            Assert.Null((await commands.RunAsync(reported.ClaimId, Lin,
                (c, t, today) => RecordAnswerHandler.Decide(c, new RecordAcceptance(Start, null), t, today))).Refusal);
            claims.Add(reported.ClaimId);
        }

        host.Clock.MoveTo(Start.AddDays(30)); // long past every payment deadline
        var store = host.Get<EventStore>();
        for (var copy = 0; copy < 2; copy++)
        {
            var session = store.LightweightSession(Lin);
            foreach (var id in claims)
                session.Messages.Send(new CheckPayment(id));
            await session.SaveChangesAsync();
        }
        // Two nodes sweep and work at once, each with Wolverine's parallel local queue.
        await using var second = await host.JoinAsync();
        await Task.WhenAll(host.RunDueWorkAsync(), second.RunDueWorkAsync());

        Assert.Equal(claims.Select(_ => "1").Order(), (await host.RowsAsync(
            "select count(*) from mt_events where type = 'DeductedFromDeposit' group by stream_id")).Order());
        Assert.Equal(6L, await host.ScalarAsync("select count(*) from mt_events where type = 'DepositDeducted'"));
        Assert.Equal(["paid|0|6"], await host.RowsAsync("select status, sum(outstanding), count(*) from claims group by status"));
        Assert.Empty(await host.Get<DueWork>().ListDeadAsync());
    }
}
