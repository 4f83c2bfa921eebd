using Claims.Lifecycle;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Claims.Users;

/// <summary>
/// The users who sign in: passwords hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2), and a
/// lockout after <see cref="MaxFailures"/> wrong passwords in a row for <see cref="LockoutMinutes"/> minutes.
/// </summary>
public sealed class UserDirectory(NpgsqlDataSource db, TimeProvider time)
{
    public const int MaxFailures = 5;
    public const int LockoutMinutes = 15;
    public const int MinPasswordLength = 8;

    private static readonly PasswordHasher<UserAccount> Hasher = new();
    // Verifying against a real hash when the name is unknown keeps the answer's timing from telling who exists.
    private static readonly string DummyHash = Hasher.HashPassword(new UserAccount("", "", default), "not a password");

    public async Task<Refusal?> AddAsync(string name, string role, string password, CancellationToken ct = default)
    {
        var refusal = Check(name, role, password);
        if (refusal is not null)
            return refusal;
        var added = await InsertAsync(name.Trim(), Roles.Parse(role)!, password, ct);
        return added ? null : new Refusal("user.exists", $"There is already a user named {name.Trim()}.");
    }

    /// <summary>Adds the user unless one of that name exists (demo users at first run); true when added.</summary>
    public Task<bool> EnsureAsync(string name, string role, string password, CancellationToken ct = default) =>
        Check(name, role, password) is { } refusal
            ? throw new ArgumentException(refusal.Message, nameof(password))
            : InsertAsync(name.Trim(), Roles.Parse(role)!, password, ct);

    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        // A name no user can have (a NUL PostgreSQL cannot even compare) or a password no user can have is simply wrong,
        // answered like any other wrong sign-in (same hashing work, same words).
        if (!IsNameText(name) || (password ?? "").Length > MaxPasswordLength || await FindAsync(name, ct) is not { } found)
        {
            Hasher.VerifyHashedPassword(new UserAccount("", "", default), DummyHash, (password ?? "")[..Math.Min((password ?? "").Length, MaxPasswordLength)]);
            return new SignInResult(null, null);
        }
        var (user, hash, lockedUntil) = found;
        if (lockedUntil > now)
            return new SignInResult(null, lockedUntil);
        var verified = Hasher.VerifyHashedPassword(user, hash, password ?? "");
        if (verified == PasswordVerificationResult.Failed)
            return new SignInResult(null, await FailAsync(user.Name, now, ct));
        await SucceedAsync(user, password!, verified == PasswordVerificationResult.SuccessRehashNeeded, ct);
        return new SignInResult(user, null);
    }

    // The reader and its pooled connection are released here, once, before the next statement: disposing a reader a
    // second time after its connection went back to the pool broke a concurrent sign-in on that connection ("A command
    // is already in progress", found by the web benchmark's 16 simultaneous sign-ins).
    private async Task<(UserAccount User, string Hash, DateTimeOffset? LockedUntil)?> FindAsync(string? name, CancellationToken ct)
    {
        await using var find = db.CreateCommand("select name, role, password_hash, locked_until, created_at from users where lower(name) = lower($1)");
        find.Parameters.Add(new NpgsqlParameter { Value = (name ?? "").Trim() });
        await using var reader = await find.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return (new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(4)), reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("select name, role, created_at from users order by role, name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var users = new List<UserAccount>();
        while (await reader.ReadAsync(ct))
            users.Add(new UserAccount(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return users;
    }

    /// <summary>The longest password accepted: long enough for any passphrase, short enough that hashing one costs nothing.</summary>
    public const int MaxPasswordLength = 256;

    private static bool IsNameText(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= 64 && !name.Any(char.IsControl);

    private static Refusal? Check(string name, string role, string password) =>
        !IsNameText(name)
            ? new Refusal("user.name", "A user name is 1 to 64 characters, without control characters.")
            : Roles.Parse(role) is null
                ? new Refusal("user.role", $"The role must be one of {string.Join(", ", Roles.All)}.")
                : (password ?? "").Length is < MinPasswordLength or > MaxPasswordLength
                    ? new Refusal("user.password", $"A password has {MinPasswordLength} to {MaxPasswordLength} characters.")
                    : null;

    private async Task<bool> InsertAsync(string name, string role, string password, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "insert into users (name, role, password_hash, created_at) values ($1, $2, $3, $4) on conflict do nothing");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = role });
        command.Parameters.Add(new NpgsqlParameter { Value = Hasher.HashPassword(new UserAccount(name, role, default), password) });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    // One statement, so two wrong passwords at the same instant both count.
    private async Task<DateTimeOffset?> FailAsync(string name, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"""
            update users set
                locked_until = case when failed_attempts + 1 >= {MaxFailures} then $2 else locked_until end,
                failed_attempts = case when failed_attempts + 1 >= {MaxFailures} then 0 else failed_attempts + 1 end
            where name = $1
            returning locked_until
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = now.AddMinutes(LockoutMinutes) });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0) && reader.GetFieldValue<DateTimeOffset>(0) is var until && until > now
            ? until
            : null;
    }

    private async Task SucceedAsync(UserAccount user, string password, bool rehash, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "update users set failed_attempts = 0, locked_until = null, password_hash = coalesce($2, password_hash) where name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = user.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = rehash ? Hasher.HashPassword(user, password) : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
    }
}
