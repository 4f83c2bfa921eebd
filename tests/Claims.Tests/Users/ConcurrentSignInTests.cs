using Claims.Tests.Register;
using Claims.Users;

namespace Claims.Tests.Users;

/// <summary>A team signing in at nine in the morning: many sign-ins at once, the same account among them.</summary>
public sealed class ConcurrentSignInTests
{
    [Fact]
    public async Task thirty_two_simultaneous_sign_ins_all_succeed_and_wrong_passwords_among_them_are_refused()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 4, 20));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("shou", Roles.AfterSales, "right-password-1");
        await users.EnsureAsync("caiwu", Roles.Finance, "right-password-2");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => i % 8 == 7
            ? users.SignInAsync("caiwu", "wrong-password", "office")
            : users.SignInAsync(i % 2 == 0 ? "shou" : "caiwu", i % 2 == 0 ? "right-password-1" : "right-password-2", "office"))))
            .WaitAsync(TimeSpan.FromSeconds(60)); // before the fix, sign-ins sharing a pooled connection could hang

        Assert.Equal(28, attempts.Count(a => a.User is not null));
        Assert.Equal(4, attempts.Count(a => a.User is null && a.RetryAfter is null));
    }
}
