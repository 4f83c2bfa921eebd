using Claims.Infrastructure.EventStore;
using Claims.Register;
using Npgsql;

namespace Claims.Web.Work;

/// <summary>
/// Runs a step on a claim for a signed-in person. When the page or API call says which version it saw, a claim that
/// moved on since is a <see cref="ConcurrencyException"/> (HTTP 409, "someone changed this claim") rather than a
/// decision taken on facts the person never saw.
/// </summary>
public sealed class ClaimActions(ClaimCommands commands, NpgsqlDataSource db)
{
    public async Task<CommandOutcome> RunAsync(string claimId, long? seenVersion, ClaimStep step, Actor actor, CancellationToken ct)
    {
        if (seenVersion is { } seen && await VersionAsync(claimId, ct) is var actual && actual != seen)
            throw new ConcurrencyException(claimId, "Claim", seen, actual);
        return await commands.RunAsync(claimId, actor, step.Decide, ct);
    }

    public async Task<long> VersionAsync(string claimId, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select version from mt_streams where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = claimId });
        return await command.ExecuteScalarAsync(ct) is long v ? v : 0;
    }
}
