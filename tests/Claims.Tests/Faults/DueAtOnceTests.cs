using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Testing;
using Claims.Tests.Register;

namespace Claims.Tests.Faults;

/// <summary>Ten thousand claims falling due on one day, worked by two `claims work` processes at once.</summary>
public sealed class DueAtOnceTests
{
    private static readonly DateOnly FiledOn = new(2026, 4, 12);

    [Fact]
    public async Task two_worker_processes_deem_each_of_ten_thousand_claims_accepted_and_deduct_it_exactly_once()
    {
        const int claims = 10_000;
        string cs;
        await using (var host = await LifecycleHost.StartAsync(FiledOn))
        {
            cs = host.ConnectionString;
            await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, new Actor("lin"));
            Assert.Null((await host.Get<ClaimCommands>().LodgeDepositAsync("ZTO", new LodgeDeposit(new DateOnly(2026, 1, 5), 100_000_000m, "R1"), new Actor("lin"))).Refusal);
            await DueClaims.FileAsync(host.Services, "DA", claims, FiledOn);
        }

        // The day both deadlines have passed: each claim is deemed accepted, then (its payment check falling due in
        // the same run) deducted. Both processes sweep and work the same backlog.
        var day = DueClaims.DeductedOn(FiledOn).ToString("yyyy-MM-dd");
        using var first = Child.StartCli(cs, "work", "--until-idle", "--today", day);
        using var second = Child.StartCli(cs, "work", "--until-idle", "--today", day);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Task.WhenAll(first.WaitForExitAsync(timeout.Token), second.WaitForExitAsync(timeout.Token));
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));

        Assert.Equal(0L, await Child.ScalarAsync(cs, """
            select count(*) from (select stream_id from mt_events where type in ('CarrierDeemedAccepted', 'DeductedFromDeposit')
                                  group by stream_id, type having count(*) > 1) twice
            """));
        Assert.Equal(claims, await Child.ScalarAsync(cs, "select count(*) from mt_events where type = 'CarrierDeemedAccepted'"));
        Assert.Equal(claims, await Child.ScalarAsync(cs, "select count(*) from mt_events where type = 'DeductedFromDeposit'"));
        Assert.Equal(claims, await Child.ScalarAsync(cs, "select count(*) from deposit_ledger where kind = 'deducted'"));
        Assert.Equal(claims, await Child.ScalarAsync(cs, "select count(*) from claims where status = 'paid' and outstanding = 0"));
        Assert.Equal(0L, await Child.ScalarAsync(cs, "select count(*) from wolverine_dead_letters"));
        Assert.Equal(0L, await Child.ScalarAsync(cs, $"select count(*) from scheduled_work where due_at < '{day}'::date"));
    }
}
