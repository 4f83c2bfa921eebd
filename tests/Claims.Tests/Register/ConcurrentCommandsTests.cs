using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle.Notes;
using Claims.Register;

namespace Claims.Tests.Register;

public sealed class ConcurrentCommandsTests
{
    private static readonly DateOnly Today = new(2026, 4, 12);

    [Fact]
    public async Task of_fifty_commands_sent_through_wolverine_at_once_at_the_same_version_one_is_recorded_and_49_get_the_typed_conflict()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        var reported = await host.Get<ClaimReporting>().ReportAsync(
            new Incident("ZT950001", "ZTO", IncidentType.Lost, Direction.Forward, Today.AddDays(-4), Today.AddDays(-2), GoodsValue: 100m), new Actor("lin"));
        var version = (long)(await host.ScalarAsync("select max(version) from mt_events where stream_id = 'claim:ZTO:ZT950001:forward'"))!;
        var commands = host.Get<ClaimCommands>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var sends = Enumerable.Range(0, 50).Select(async i =>
        {
            await gate.Task;
            try
            {
                var outcome = await commands.RunAsync(reported.ClaimId, new Actor($"clerk{i}"),
                    (c, _, _) => AddNoteHandler.Decide(c, new AddNote($"note {i}")), seenVersion: version);
                return outcome.Refusal is null ? "recorded" : outcome.Refusal.Code;
            }
            catch (ConcurrencyException conflict)
            {
                Assert.Equal((reported.ClaimId, version), (conflict.StreamId, conflict.ExpectedVersion));
                return "conflict";
            }
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(sends);

        Assert.Equal(1, answers.Count(a => a == "recorded"));
        Assert.Equal(49, answers.Count(a => a == "conflict"));
        Assert.Equal(1L, await host.ScalarAsync("select count(*) from mt_events where type = 'NoteAdded'"));
    }
}
