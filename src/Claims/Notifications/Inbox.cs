using Npgsql;

namespace Claims.Notifications;

/// <summary>A kept digest; <see cref="Html"/> is the encoded fragment our own code wrote (<see cref="DigestMail"/>).</summary>
public sealed record InboxEntry(long Id, DateOnly Day, string Subject, string Html, bool Read);

/// <summary>The in-app copy of every digest a user got, with what they have not opened yet.</summary>
public sealed class Inbox(NpgsqlDataSource db, TimeProvider time)
{
    /// <summary>
    /// Keeps a digest (the first one built for that user and day wins) and returns the kept copy: what is mailed, so a
    /// retry mails what the inbox shows, and whether it was mailed already.
    /// </summary>
    public async Task<(DigestMail Kept, bool Mailed)> KeepAsync(Digest digest, DigestMail mail, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            with kept as (
                insert into inbox (user_name, day, subject, html, body, created_at) values ($1, $2, $3, $4, $5, $6)
                on conflict (user_name, day) do nothing
                returning subject, html, body, mailed_at is not null as mailed
            )
            select subject, html, body, mailed from kept
            union all select subject, html, body, mailed_at is not null from inbox where user_name = $1 and day = $2 and not exists (select 1 from kept)
            """);
        foreach (var value in new object[] { digest.User, digest.Day, mail.Subject, mail.Fragment, mail.Text, time.GetUtcNow() })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var r = await command.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var (subject, fragment, text, mailed) = (r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3));
        return (new DigestMail(subject, DigestMail.Document(subject, digest.Language == "zh", fragment), fragment, text), mailed);
    }

    /// <summary>Records that the user's digest of that day was mailed.</summary>
    public async Task MarkMailedAsync(string user, DateOnly day, CancellationToken ct)
    {
        await using var command = db.CreateCommand("update inbox set mailed_at = coalesce(mailed_at, $3) where user_name = $1 and day = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = day });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> UnreadAsync(string user, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select count(*)::int from inbox where lower(user_name) = lower($1) and read_at is null");
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<InboxEntry>> ListAsync(string user, int limit = 60, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("""
            select id, day, subject, html, read_at is not null from inbox where lower(user_name) = lower($1) order by day desc, id desc limit $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var r = await command.ExecuteReaderAsync(ct);
        var entries = new List<InboxEntry>();
        while (await r.ReadAsync(ct))
            entries.Add(new InboxEntry(r.GetInt64(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetString(3), r.GetBoolean(4)));
        return entries;
    }

    /// <summary>Marks one of the user's digests read; someone else's id changes nothing.</summary>
    public async Task MarkReadAsync(string user, long id, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("update inbox set read_at = coalesce(read_at, $3) where id = $1 and lower(user_name) = lower($2)");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = user });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(ct);
    }
}
