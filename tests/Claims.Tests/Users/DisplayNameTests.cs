using Claims.Tests.Register;
using Claims.Users;

namespace Claims.Tests.Users;

/// <summary>Display names tell people apart in packets sent to carriers: never one name for two people, never a name the packet cannot print.</summary>
public sealed class DisplayNameTests
{
    [Fact]
    public async Task a_user_added_while_another_is_renamed_to_that_name_never_leaves_two_people_with_one_name()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 4, 20));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("caiwu", Roles.Finance, "right-password-2");

        for (var round = 0; round < 8; round++)
        {
            var name = $"newguy{round}";
            var results = await Task.WhenAll(
                Task.Run(() => users.SetDisplayNameAsync("caiwu", name)),
                Task.Run(() => users.AddAsync(name, Roles.AfterSales, "new-guy-password")));
            // One of them may win, never both (before the lock, 4 of 5 rounds let both through).
            Assert.Contains(results, r => r is not null);
        }
        var all = await users.ListAsync();
        var shown = all.Select(u => u.Shown.ToLowerInvariant()).ToList();
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.DoesNotContain(all, u => u.DisplayName is { } d && all.Any(o => o != u && string.Equals(o.Name, d, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("孙丽😀")] // the packets' font has no emoji: it printed as 孙丽
    [InlineData("赵\U00020000敏")] // CJK Extension B, outside the font
    [InlineData("ＣＡＩＷＵ")] // full-width: read as CAIWU, another user's sign-in name
    [InlineData("sys\u200Btem")]
    public async Task a_name_the_packet_would_print_as_someone_else_is_refused(string displayName)
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 4, 20));
        var users = host.Get<UserDirectory>();
        await users.EnsureAsync("caiwu", Roles.Finance, "right-password-2");
        await users.EnsureAsync("shou", Roles.AfterSales, "right-password-1");

        Assert.NotNull(await users.SetDisplayNameAsync("shou", displayName));
        Assert.Null((await users.ListAsync()).Single(u => u.Name == "shou").DisplayName);
    }
}
