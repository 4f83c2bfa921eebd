using System.Diagnostics;
using Claims.Tests.Register;
using Claims.Users;

namespace Claims.Tests.Users;

/// <summary>`claims users add` as an administrator runs it: the real command in its own process, the password piped in.</summary>
public sealed class UsersCliTests
{
    [Fact]
    public async Task a_user_added_on_the_command_line_signs_in_with_that_password_and_role()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));

        var (exit, output, error) = await RunAsync(host.ConnectionString, "wang.fang-secret\n", "users", "add", "wangfang", "--role", "finance", "--password-stdin");

        Assert.True(exit == 0, error);
        Assert.Contains("User wangfang added (finance).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("wang.fang-secret", output + error, StringComparison.Ordinal);
        var directory = host.Get<UserDirectory>();
        Assert.Null((await directory.SignInAsync("wangfang", "not-the-password", "test")).User);
        var signedIn = (await directory.SignInAsync("WangFang", "wang.fang-secret", "test")).User;
        Assert.NotNull(signedIn);
        Assert.Equal("finance", signedIn.Role);
    }

    [Fact]
    public async Task a_second_user_of_the_same_name_or_a_short_password_is_refused_with_exit_2_and_a_reason()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        Assert.Equal(0, (await RunAsync(host.ConnectionString, "long-enough-1\n", "users", "add", "li", "--role", "manager", "--password-stdin")).Exit);

        var again = await RunAsync(host.ConnectionString, "another-pass-2\n", "users", "add", "LI", "--role", "after-sales", "--password-stdin");
        var shortPassword = await RunAsync(host.ConnectionString, "short\n", "users", "add", "zhao", "--role", "after-sales", "--password-stdin");
        var badRole = await RunAsync(host.ConnectionString, "long-enough-3\n", "users", "add", "qian", "--role", "boss", "--password-stdin");

        Assert.Equal(2, again.Exit);
        Assert.Contains("already", again.Err, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, shortPassword.Exit);
        Assert.Contains("password", shortPassword.Err, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, badRole.Exit);
        Assert.Contains("after-sales", badRole.Err, StringComparison.Ordinal);
        Assert.Equal(["li"], (await host.Get<UserDirectory>().ListAsync()).Select(u => u.Name));
    }

    [Fact]
    public async Task a_role_or_password_changed_on_the_command_line_ends_the_users_sessions_and_an_unknown_name_is_exit_2()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var directory = host.Get<UserDirectory>();
        await directory.EnsureAsync("zhou", Roles.AfterSales, "zhou-password-1");
        var session = (await directory.SignInAsync("zhou", "zhou-password-1", "test")).SessionId!;

        var role = await RunAsync(host.ConnectionString, "", "users", "role", "zhou", "manager");
        Assert.True(role.Exit == 0, role.Err);
        Assert.Contains("zhou is now manager", role.Out, StringComparison.Ordinal);
        Assert.Null(await directory.SessionRoleAsync(session));

        var password = await RunAsync(host.ConnectionString, "zhou-password-2\n", "users", "password", "zhou", "--password-stdin");
        Assert.True(password.Exit == 0, password.Err);
        Assert.Equal(Roles.Manager, (await directory.SignInAsync("zhou", "zhou-password-2", "test")).User?.Role);

        var unknown = await RunAsync(host.ConnectionString, "", "users", "role", "nobody", "admin");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("no user named nobody", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_display_name_set_on_the_command_line_is_who_the_timeline_and_the_team_figures_show()
    {
        await using var host = await LifecycleHost.StartAsync(new DateOnly(2026, 11, 2));
        var cs = host.ConnectionString;
        // The CLI records its OS user as the actor; that user is 周敏 to everyone else.
        var me = Environment.UserName;
        Assert.Equal(0, (await RunAsync(cs, "zhou-password-1\n", "users", "add", me, "--role", "after-sales", "--display-name", "周 敏", "--password-stdin")).Exit);
        Assert.Equal(0, (await RunAsync(cs, "", "contracts", "load", Repo.Samples)).Exit);
        var incidents = Path.Combine(Path.GetTempPath(), $"display-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(incidents, [Finance.FinanceStore.Header, "ZT930001,ZTO,lost,forward,2026-10-28,2026-10-30,500.00,0,12.00,,1.2,,TB1,"]);
        Assert.Equal(0, (await RunAsync(cs, "", "import", "incidents", incidents)).Exit);

        var renamed = await RunAsync(cs, "", "users", "display-name", me, "  周敏 ");
        Assert.True(renamed.Exit == 0, renamed.Err);
        Assert.Contains($"{me} is shown as 周敏.", renamed.Out, StringComparison.Ordinal);
        var show = await RunAsync(cs, "", "show", "ZT930001");
        Assert.Contains("周敏", show.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch($@"\d\d:\d\d  {System.Text.RegularExpressions.Regex.Escape(me)}\b", show.Out);
        var team = System.Text.Json.JsonDocument.Parse((await RunAsync(cs, "", "team", "--format", "json")).Out);
        var person = Assert.Single(team.RootElement.GetProperty("people").EnumerateArray());
        Assert.Equal(me, person.GetProperty("user").GetString());
        Assert.Equal("周敏", person.GetProperty("displayName").GetString());

        var tooLong = await RunAsync(cs, "", "users", "display-name", me, new string('名', 65));
        Assert.Equal(2, tooLong.Exit);
        Assert.Contains("at most 64 characters", tooLong.Err, StringComparison.Ordinal);
        var cleared = await RunAsync(cs, "", "users", "display-name", me, "");
        Assert.Contains($"{me} is shown by their user name.", cleared.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("周敏", (await RunAsync(cs, "", "show", "ZT930001")).Out, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string cs, string stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Claims.Cli.dll"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.ArgumentList.Add("--connection");
        info.ArgumentList.Add(cs);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
