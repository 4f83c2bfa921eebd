using Claims.Contracts.Model;
using Claims.Deposits.Lodging;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Npgsql;
using Wolverine.Runtime;

namespace Claims.Register;

/// <summary>What a lifecycle command did: the events it appended, or why it was refused.</summary>
public sealed record CommandOutcome(string StreamId, IReadOnlyList<object> Events, Refusal? Refusal)
{
    public static CommandOutcome Refused(Refusal refusal) => new("", [], refusal);
}

/// <summary>
/// Runs a pure lifecycle decision against a claim read for writing: append what it decided and schedule its
/// follow-ups in one transaction; a concurrent change to the same claim fails the save rather than being overwritten.
/// </summary>
public sealed class ClaimCommands(
    EventStore store, ContractRegistry registry, TimeProvider time, NpgsqlDataSource dataSource, IWolverineRuntime? wolverine = null)
{
    public DateOnly Today => time.Today();

    /// <summary>The claim a waybill names: its only claim, or the one in <paramref name="direction"/>.</summary>
    public async Task<(string? Id, Refusal? Refusal)> ResolveAsync(string waybill, Direction? direction, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("select id, direction from claims where waybill = $1 order by direction");
        command.Parameters.Add(new NpgsqlParameter { Value = waybill.Trim() });
        var found = new List<(string Id, string Direction)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                found.Add((reader.GetString(0), reader.GetString(1)));
        }
        if (direction is { } d)
            found = found.Where(f => f.Direction == DirectionNames.Name(d)).ToList();
        return found.Count switch
        {
            0 => (null, new Refusal("claim.not-found", direction is null
                ? $"There is no claim for waybill {waybill}."
                : $"There is no {DirectionNames.Name(direction.Value)} claim for waybill {waybill}.")),
            1 => (found[0].Id, null),
            _ => (null, new Refusal("claim.ambiguous",
                $"Waybill {waybill} has a forward and a return claim; say which with --direction forward or --direction return.")),
        };
    }

    /// <summary>
    /// Decide on the claim as it is and append what was decided at the version read. With <paramref name="seenVersion"/>
    /// (what a page or API client showed its user) a claim that moved on since is a conflict, not a decision on facts
    /// the user never saw; and because the append expects the version read, two requests that saw the same version
    /// cannot both be recorded (one wins, the other gets the conflict).
    /// </summary>
    public Task<CommandOutcome> RunAsync(
        string claimId, Actor actor, Func<ClaimState, ClaimTerms, DateOnly, Decision> decide, CancellationToken ct = default,
        long? seenVersion = null)
    {
        var command = new DecideOnClaim(claimId, actor, new ClaimDecider(decide), seenVersion);
        return CommandBus.InvokeAsync(wolverine, command, () => DecideAsync(store.LightweightSession(actor), command, registry, time, ct), ct);
    }

    internal static async Task<CommandOutcome> DecideAsync(
        EventSession session, DecideOnClaim command, ContractRegistry registry, TimeProvider time, CancellationToken ct)
    {
        var set = await registry.GetAsync(ct);
        var stream = await session.Events.FetchForWriting<ClaimState>(command.ClaimId, ct);
        if (command.SeenVersion is { } seen && seen != stream.StartingVersion)
            throw new ConcurrencyException(command.ClaimId, "Claim", seen, stream.StartingVersion);
        var decision = command.Decide(stream.Aggregate, ContractRegistry.TermsFor(set, stream.Aggregate.Contract), time.Today());
        if (decision.Refusal is { } refusal)
            return CommandOutcome.Refused(refusal);
        stream.AppendMany([.. decision.Events]);
        ClaimReporting.Schedule(session, decision, time);
        await session.SaveChangesAsync(ct);
        return new CommandOutcome(command.ClaimId, decision.Events, null);
    }

    public Task<CommandOutcome> LodgeDepositAsync(string carrier, LodgeDeposit command, Actor actor, CancellationToken ct = default) =>
        CarrierCommand.RunAsync(store, wolverine, new DecideOnCarrier(carrier, actor, state => LodgeDepositHandler.Decide(state, command, time.Today())), ct);
}
