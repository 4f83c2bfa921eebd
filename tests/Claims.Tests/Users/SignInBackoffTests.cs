using Claims.Tests.Register;
using Claims.Users;

namespace Claims.Tests.Users;

/// <summary>Guessing is slowed per name and source; nobody can lock an account, and unknown names are answered alike.</summary>
public sealed class SignInBackoffTests
{
    [Fact]
    public async Task a_stranger_guessing_is_slowed_but_the_owner_signs_in_from_elsewhere_at_once_and_from_there_after_the_wait()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("admin", Roles.Admin, "owner-password-1");

        var stranger = new List<SignInResult>();
        for (var i = 0; i < 12; i++)
            stranger.Add(await users.SignInAsync("admin", "guess-" + i, "203.0.113.9"));

        // Five free tries, then a wait of 1 s that refuses the rest of the burst without counting them.
        Assert.All(stranger.Take(UserDirectory.FreeFailures), r => Assert.Equal((null, null), (r.User, r.RetryAfter)));
        Assert.All(stranger.Skip(UserDirectory.FreeFailures), r => Assert.Equal(TimeSpan.FromSeconds(1), r.RetryAfter));
        var owner = await users.SignInAsync("admin", "owner-password-1", "198.51.100.7");
        Assert.Equal("admin", owner.User?.Name);

        // At the stranger's address the owner waits the second out, then signs in.
        Assert.NotNull((await users.SignInAsync("admin", "owner-password-1", "203.0.113.9")).RetryAfter);
        host.Clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal("admin", (await users.SignInAsync("admin", "owner-password-1", "203.0.113.9")).User?.Name);
    }

    [Fact]
    public async Task a_name_that_does_not_exist_gets_the_same_answers_in_the_same_order_as_one_that_does()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("caiwu", Roles.Finance, "right-password-2");

        async Task<List<string>> TryAsync(string name)
        {
            var answers = new List<string>();
            for (var i = 0; i < 8; i++)
            {
                var r = await users.SignInAsync(name, "wrong-password", "192.0.2.1");
                answers.Add($"{r.User is null}|{r.RetryAfter}");
                if (i == 5)
                    host.Clock.Now += TimeSpan.FromSeconds(1);
            }
            return answers;
        }

        Assert.Equal(await TryAsync("caiwu"), await TryAsync("nobody-of-that-name"));
    }

    [Fact]
    public async Task twenty_guesses_sent_at_once_get_only_the_free_tries_checked()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("burst", Roles.Manager, "burst-password-1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => users.SignInAsync("burst", "guess-" + i, "203.0.113.20"))));

        Assert.Equal(UserDirectory.FreeFailures, answers.Count(a => a.RetryAfter is null));
        Assert.Equal(20 - UserDirectory.FreeFailures, answers.Count(a => a.RetryAfter is not null));
    }

    [Fact]
    public void the_wait_doubles_and_stops_at_fifteen_minutes()
    {
        Assert.Equal(TimeSpan.Zero, UserDirectory.Backoff(4));
        Assert.Equal([1, 2, 4, 8, 512, 900, 900], new[] { 5, 6, 7, 8, 14, 15, 200 }.Select(n => (int)UserDirectory.Backoff(n).TotalSeconds));
    }

    [Fact]
    public async Task a_role_change_or_a_new_password_ends_the_users_sessions_and_sign_out_ends_only_its_own()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("lin", Roles.AfterSales, "lin-password-1");
        var phone = (await users.SignInAsync("lin", "lin-password-1", "10.0.0.2")).SessionId!;
        var desk = (await users.SignInAsync("lin", "lin-password-1", "10.0.0.3")).SessionId!;

        await users.EndSessionAsync(phone);
        Assert.Null(await users.SessionRoleAsync(phone));
        Assert.Equal(Roles.AfterSales, await users.SessionRoleAsync(desk));

        Assert.Null(await users.ChangeRoleAsync("LIN", Roles.Finance));
        Assert.Null(await users.SessionRoleAsync(desk));
        var again = (await users.SignInAsync("lin", "lin-password-1", "10.0.0.3")).SessionId!;
        Assert.Equal(Roles.Finance, await users.SessionRoleAsync(again));

        Assert.Null(await users.SetPasswordAsync("lin", "lin-password-2"));
        Assert.Null(await users.SessionRoleAsync(again));
        Assert.Null((await users.SignInAsync("lin", "lin-password-1", "10.0.0.3")).User);
        Assert.NotNull((await users.SignInAsync("lin", "lin-password-2", "10.0.0.3")).User);
        Assert.Equal("user.unknown", (await users.ChangeRoleAsync("nobody", Roles.Admin))?.Code);

        // However active, a session ends after its last day.
        var week = (await users.SignInAsync("lin", "lin-password-2", "10.0.0.3")).SessionId!;
        host.Clock.Now += TimeSpan.FromDays(UserDirectory.SessionDays) - TimeSpan.FromMinutes(1);
        Assert.Equal(Roles.Finance, await users.SessionRoleAsync(week));
        host.Clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(await users.SessionRoleAsync(week));
    }
}
