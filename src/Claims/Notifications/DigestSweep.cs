using Claims.Users;
using Marten;
using Npgsql;
using Wolverine.Marten;
using Wolverine.Runtime;

namespace Claims.Notifications;

/// <summary>
/// Queues the day's digests: in one transaction it records (user, day) in <c>digests</c> for every user with the digest
/// on who has none for that day yet, and publishes one durable <see cref="SendDigest"/> each through Wolverine's Marten
/// outbox. However many nodes sweep, and however often, each user gets one digest a day.
/// </summary>
public sealed class DigestSweep(IDocumentStore marten, IWolverineRuntime runtime)
{
    public async Task<int> SweepAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var session = marten.LightweightSession();
        var outbox = new MartenOutbox(runtime, session);
        await session.BeginTransactionAsync(ct);
        var users = new List<string>();
        await using (var take = new NpgsqlCommand("""
            insert into digests (user_name, day, queued_at) select name, $1, now() from users where digest
            on conflict (user_name, day) do nothing returning user_name
            """, session.Connection))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = day });
            await using var reader = await take.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                users.Add(reader.GetString(0));
        }
        foreach (var user in users)
            await outbox.PublishAsync(new SendDigest(user, day));
        await session.SaveChangesAsync(ct);
        return users.Count;
    }
}
