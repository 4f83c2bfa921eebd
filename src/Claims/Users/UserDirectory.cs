using Claims.Lifecycle;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Claims.Users;

/// <summary>
/// The users who sign in: passwords hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2), a session
/// row per signed-in browser (sign-out, a role change or a new password deletes it, and every node checks it on every
/// request), and a backoff on guessing kept per typed name and source: after <see cref="FreeFailures"/> wrong tries
/// from one source for one name, each next try waits 1 s, 2 s, 4 s ... up to <see cref="MaxWaitSeconds"/>. Nobody
/// can lock an account (the owner at another source is not slowed at all), and a name that does not exist is answered
/// exactly like one that does.
/// </summary>
public sealed class UserDirectory(NpgsqlDataSource db, TimeProvider time)
{
    public const int FreeFailures = 5;
    public const int MaxWaitSeconds = 900;
    public const int MinPasswordLength = 8;

    /// <summary>How long a session lasts at most, however active (the cookie itself slides by 10 hours of inactivity).</summary>
    public const int SessionDays = 7;

    private static readonly PasswordHasher<UserAccount> Hasher = new();
    // Verifying against a real hash when the name is unknown keeps the answer's timing from telling who exists.
    private static readonly string DummyHash = Hasher.HashPassword(new UserAccount("", "", default), "not a password");

    public async Task<Refusal?> AddAsync(string name, string role, string password, string? displayName = null, CancellationToken ct = default)
    {
        var refusal = Check(name, role, password) ?? CheckDisplayName(displayName);
        if (refusal is not null)
            return refusal;
        // Names are checked and taken under one lock, so a user added while another is renamed cannot end up with one name.
        await using var names = await NamesLockAsync(ct);
        if (await ClashesAsync(name.Trim(), Shown(displayName), ct))
            return new Refusal("user.display-name-taken", $"{Shown(displayName) ?? name.Trim()} is already another user's name or display name.");
        var added = await InsertAsync(name.Trim(), Roles.Parse(role)!, password, Shown(displayName), ct);
        return added ? null : new Refusal("user.exists", $"There is already a user named {name.Trim()}.");
    }

    /// <summary>A session-level advisory lock on users' names, released when the returned connection goes back to the pool.</summary>
    private async Task<NamesLock> NamesLockAsync(CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(hashtextextended('users: names', 11))", connection))
            await take.ExecuteNonQueryAsync(ct);
        return new NamesLock(connection);
    }

    private sealed class NamesLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Should this fail, Npgsql's reset of the pooled connection (DISCARD ALL) releases the lock.
            await using (var release = new NpgsqlCommand("select pg_advisory_unlock(hashtextextended('users: names', 11))", connection))
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            await connection.DisposeAsync();
        }
    }

    /// <summary>Whether a new user's name is someone's display name, or their display name someone's name or display name.</summary>
    private async Task<bool> ClashesAsync(string name, string? displayName, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select exists (select 1 from users where lower(display_name) = lower($1)
                or ($2::text is not null and (lower(name) = lower($2) or lower(display_name) = lower($2))))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)displayName ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Adds the user unless one of that name exists (demo users at first run); true when added.</summary>
    public Task<bool> EnsureAsync(string name, string role, string password, string? displayName = null, CancellationToken ct = default) =>
        (Check(name, role, password) ?? CheckDisplayName(displayName)) is { } refusal
            ? throw new ArgumentException(refusal.Message, nameof(password))
            : InsertAsync(name.Trim(), Roles.Parse(role)!, password, Shown(displayName), ct);

    /// <summary>
    /// Sets the name the user is shown by (blank: the sign-in name again). Sessions go on: nothing they may do changed.
    /// Refused when it is another user's sign-in or display name: packets sent to carriers must tell people apart.
    /// </summary>
    public async Task<Refusal?> SetDisplayNameAsync(string name, string? displayName, CancellationToken ct = default)
    {
        if (CheckDisplayName(displayName) is { } refusal)
            return refusal;
        if (await FindAsync(name, ct) is null)
            return new Refusal("user.unknown", $"There is no user named {name.Trim()}.");
        await using var names = await NamesLockAsync(ct);
        await using var command = db.CreateCommand("""
            update users set display_name = $2 where lower(name) = lower($1)
              and not exists (select 1 from users o where lower(o.name) <> lower($1) and lower(o.name) = lower($2))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name.Trim() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)Shown(displayName) ?? DBNull.Value });
        try
        {
            return await command.ExecuteNonQueryAsync(ct) == 1 ? null : Taken(displayName);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Taken(displayName);
        }
    }

    private static Refusal Taken(string? displayName) =>
        new("user.display-name-taken", $"{Shown(displayName)} is already another user's name or display name.");

    /// <summary>Every user's display name by sign-in name (case-insensitive, as sign-in is), for showing who did what.</summary>
    public async Task<DisplayNames> DisplayNamesAsync(CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select name, display_name from users where display_name is not null");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(ct))
            names[reader.GetString(0)] = reader.GetString(1);
        return new DisplayNames(names);
    }

    // NFKC: full-width ｃａｉｗｕ is caiwu, so it clashes with the user caiwu like any other spelling of that name.
    private static string? Shown(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) ? null : displayName.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    // Control, format (right-to-left overrides, zero-width) and line-separator characters would let a name look like
    // another or reorder the text around it in a packet; the scheduled worker's names are its own.
    private static Refusal? CheckDisplayName(string? displayName) =>
        Shown(displayName) is { } shown && (shown.Length > UserAccount.MaxDisplayNameLength || !IsPlainText(shown) || IsSystemName(shown))
            ? new Refusal("user.display-name", $"A display name is at most {UserAccount.MaxDisplayNameLength} characters, without control or invisible characters, and not \"system\".")
            : null;

    // Characters outside the Basic Multilingual Plane (emoji, rare CJK) are refused too: the packets' font cannot draw
    // them, and 孙丽😀 printed as 孙丽, another user's name.
    private static bool IsPlainText(string text) => !text.Any(c => char.IsSurrogate(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);

    private static bool IsSystemName(string name) =>
        string.Equals(name.Trim(), Infrastructure.EventStore.Actor.System.Name, StringComparison.OrdinalIgnoreCase) || name.Trim() == "系统";

    /// <summary>
    /// Checks the password of <paramref name="name"/> tried from <paramref name="source"/> (the client's address) and,
    /// when it is right, opens a session.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string name, string password, string source, CancellationToken ct = default)
    {
        password ??= "";
        // A name no user can have (a NUL PostgreSQL cannot even compare) or a password no user can have is simply wrong,
        // answered like any other wrong sign-in (same hashing work, same words).
        var key = IsNameText(name) ? name.Trim().ToLowerInvariant() : null;
        if (key is null)
        {
            Hasher.VerifyHashedPassword(new UserAccount("", "", default), DummyHash, password[..Math.Min(password.Length, MaxPasswordLength)]);
            return new SignInResult(null, null, null);
        }
        // Tries of one name from one source take turns (a session-level advisory lock held over the check, the hashing
        // and the count): a burst sent at once cannot all pass the wait before any failure is counted.
        await using var turn = await db.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(hashtextextended($1, 7))", turn))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = key + "\n" + source });
            await take.ExecuteNonQueryAsync(ct);
        }
        try
        {
            return await CheckAsync(name, password, key, source, time.GetUtcNow(), ct);
        }
        finally
        {
            // Should this fail, Npgsql's reset of the pooled connection (DISCARD ALL) releases the lock.
            await using var release = new NpgsqlCommand("select pg_advisory_unlock(hashtextextended($1, 7))", turn);
            release.Parameters.Add(new NpgsqlParameter { Value = key + "\n" + source });
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<SignInResult> CheckAsync(string name, string password, string key, string source, DateTimeOffset now, CancellationToken ct)
    {
        if (await WaitAsync(key, source, now, ct) is { } wait)
            return new SignInResult(null, null, wait);
        if (password.Length > MaxPasswordLength || await FindAsync(name, ct) is not { } found)
        {
            Hasher.VerifyHashedPassword(new UserAccount("", "", default), DummyHash, password[..Math.Min(password.Length, MaxPasswordLength)]);
            await FailAsync(key, source, now, ct);
            return new SignInResult(null, null, null);
        }
        var (user, hash) = found;
        var verified = Hasher.VerifyHashedPassword(user, hash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            await FailAsync(key, source, now, ct);
            return new SignInResult(null, null, null);
        }
        var session = await SucceedAsync(user, key, source, password, verified == PasswordVerificationResult.SuccessRehashNeeded, now, ct);
        return new SignInResult(user, session, null);
    }

    /// <summary>The role of the user whose session this is, or null when the session was ended (or never existed).</summary>
    public async Task<string?> SessionRoleAsync(string sessionId, CancellationToken ct = default) =>
        (await SessionUserAsync(sessionId, ct))?.Role;

    /// <summary>The user whose session this is (role and display name as they are now), or null when the session was ended.</summary>
    public async Task<UserAccount?> SessionUserAsync(string sessionId, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand(
            "select u.name, u.role, u.created_at, u.display_name from user_sessions s join users u on lower(u.name) = lower(s.user_name) where s.id = $1 and s.created_at > $2");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        // However often the sliding cookie is renewed, a session ends after SessionDays: then its owner signs in again.
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow().AddDays(-SessionDays) });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    /// <summary>Ends one session (signing out): its cookie, wherever it was copied to, no longer signs anyone in.</summary>
    public async Task EndSessionAsync(string sessionId, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("delete from user_sessions where id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Gives the user another role; their sessions end, so the new role applies from their next sign-in.</summary>
    public async Task<Refusal?> ChangeRoleAsync(string name, string role, CancellationToken ct = default)
    {
        if (Roles.Parse(role) is not { } parsed)
            return new Refusal("user.role", $"The role must be one of {string.Join(", ", Roles.All)}.");
        return await UpdateAndEndSessionsAsync(name, "role = $2", parsed, ct);
    }

    /// <summary>Sets a new password; the user's sessions end everywhere.</summary>
    public async Task<Refusal?> SetPasswordAsync(string name, string password, CancellationToken ct = default)
    {
        if ((password ?? "").Length is < MinPasswordLength or > MaxPasswordLength)
            return new Refusal("user.password", $"A password has {MinPasswordLength} to {MaxPasswordLength} characters.");
        var hash = Hasher.HashPassword(new UserAccount(name.Trim(), "", default), password!);
        return await UpdateAndEndSessionsAsync(name, "password_hash = $2", hash, ct);
    }

    private async Task<Refusal?> UpdateAndEndSessionsAsync(string name, string set, string value, CancellationToken ct)
    {
        if (await FindAsync(name, ct) is null)
            return new Refusal("user.unknown", $"There is no user named {name.Trim()}.");
        await using var command = db.CreateCommand($"""
            with changed as (update users set {set} where lower(name) = lower($1) returning name)
            delete from user_sessions where lower(user_name) in (select lower(name) from changed)
            returning 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = IsNameText(name) ? name.Trim() : "" });
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
        return null;
    }

    // The reader and its pooled connection are released here, once, before the next statement: disposing a reader a
    // second time after its connection went back to the pool broke a concurrent sign-in on that connection ("A command
    // is already in progress", found by the web benchmark's 16 simultaneous sign-ins).
    private async Task<(UserAccount User, string Hash)?> FindAsync(string? name, CancellationToken ct)
    {
        if (!IsNameText(name))
            return null;
        await using var find = db.CreateCommand("select name, role, password_hash, created_at, display_name from users where lower(name) = lower($1)");
        find.Parameters.Add(new NpgsqlParameter { Value = (name ?? "").Trim() });
        await using var reader = await find.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return (new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4)),
            reader.GetString(2));
    }

    /// <summary>How long this source must still wait before trying this name again (null: it may try now).</summary>
    private async Task<TimeSpan?> WaitAsync(string key, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select failures, last_failed_at from sign_in_failures where name_key = $1 and source = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        var until = reader.GetFieldValue<DateTimeOffset>(1) + Backoff(reader.GetInt32(0));
        return until > now ? until - now : null;
    }

    /// <summary>The wait after <paramref name="failures"/> wrong tries in a row: none for the first few, then doubling.</summary>
    public static TimeSpan Backoff(int failures) =>
        failures < FreeFailures ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxWaitSeconds, 1L << Math.Min(20, failures - FreeFailures)));

    // One statement, so two wrong passwords at the same instant both count.
    private async Task FailAsync(string key, string source, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            insert into sign_in_failures (name_key, source, failures, last_failed_at) values ($1, $2, 1, $3)
            on conflict (name_key, source) do update set failures = sign_in_failures.failures + 1, last_failed_at = excluded.last_failed_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<string> SucceedAsync(
        UserAccount user, string key, string source, string password, bool rehash, DateTimeOffset now, CancellationToken ct)
    {
        var session = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command("delete from sign_in_failures where name_key = $1 and source = $2", key, source));
        batch.BatchCommands.Add(Command("insert into user_sessions (id, user_name, created_at) values ($1, $2, $3)", session, user.Name, now));
        // Sessions past their end (never signed out of) are cleared when their owner signs in again.
        batch.BatchCommands.Add(Command("delete from user_sessions where lower(user_name) = lower($1) and created_at < $2", user.Name, now.AddDays(-SessionDays)));
        if (rehash)
            batch.BatchCommands.Add(Command("update users set password_hash = $2 where name = $1", user.Name, Hasher.HashPassword(user, password)));
        await batch.ExecuteNonQueryAsync(ct);
        return session;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select name, role, created_at, display_name from users order by role, name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var users = new List<UserAccount>();
        while (await reader.ReadAsync(ct))
            users.Add(new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        return users;
    }

    /// <summary>Sets where the user's digest goes; a refusal names the field (an address MimeKit cannot read, an unknown language).</summary>
    public async Task<Refusal?> SetNotificationsAsync(string name, NotificationSettings settings, CancellationToken ct = default)
    {
        var email = string.IsNullOrWhiteSpace(settings.Email) ? null : settings.Email.Trim();
        if (email is not null && (email.Length > NotificationSettings.MaxEmailLength || email.Any(char.IsControl)
            || !MimeKit.MailboxAddress.TryParse(email, out var address) || address.Address != email || !email.Contains('@')))
            return new Refusal("user.email", "The email address is not one mail can be sent to (name@example.com).");
        if (!NotificationSettings.Languages.Contains(settings.Language))
            return new Refusal("user.language", $"The language must be one of {string.Join(", ", NotificationSettings.Languages)}.");
        await using var command = db.CreateCommand("update users set email = $2, digest = $3, language = $4 where lower(name) = lower($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)email ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.Digest });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.Language });
        return await command.ExecuteNonQueryAsync(ct) == 1 ? null : new Refusal("user.name", $"There is no user {name}.");
    }

    public async Task<NotificationSettings?> NotificationsOfAsync(string name, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select email, digest, language from users where lower(name) = lower($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new NotificationSettings(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1), reader.GetString(2)) : null;
    }

    /// <summary>The user if their digest is on, else null.</summary>
    public async Task<DigestRecipient?> DigestRecipientAsync(string name, CancellationToken ct = default) =>
        (await RecipientsAsync("where digest and lower(name) = lower($1)", name, ct)).FirstOrDefault();

    /// <summary>Every user with the digest turned on.</summary>
    public Task<IReadOnlyList<DigestRecipient>> DigestRecipientsAsync(CancellationToken ct = default) => RecipientsAsync("where digest", null, ct);

    private async Task<IReadOnlyList<DigestRecipient>> RecipientsAsync(string where, string? name, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select name, role, email, digest, language from users {where} order by name");
        if (name is not null)
            command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var users = new List<DigestRecipient>();
        while (await reader.ReadAsync(ct))
            users.Add(new DigestRecipient(reader.GetString(0), reader.GetString(1),
                new NotificationSettings(reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3), reader.GetString(4))));
        return users;
    }

    /// <summary>The longest password accepted: long enough for any passphrase, short enough that hashing one costs nothing.</summary>
    public const int MaxPasswordLength = 256;

    private static bool IsNameText(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= 64 && !name.Any(char.IsControl);

    private static Refusal? Check(string name, string role, string password) =>
        !IsNameText(name) || !IsPlainText(name.Trim()) || IsSystemName(name)
            ? new Refusal("user.name", "A user name is 1 to 64 characters, without control or invisible characters, and not \"system\" (the scheduled worker's).")
            : Roles.Parse(role) is null
                ? new Refusal("user.role", $"The role must be one of {string.Join(", ", Roles.All)}.")
                : (password ?? "").Length is < MinPasswordLength or > MaxPasswordLength
                    ? new Refusal("user.password", $"A password has {MinPasswordLength} to {MaxPasswordLength} characters.")
                    : null;

    private async Task<bool> InsertAsync(string name, string role, string password, string? displayName, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "insert into users (name, role, password_hash, created_at, display_name) values ($1, $2, $3, $4, $5) on conflict do nothing");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = role });
        command.Parameters.Add(new NpgsqlParameter { Value = Hasher.HashPassword(new UserAccount(name, role, default), password) });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)displayName ?? DBNull.Value });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
