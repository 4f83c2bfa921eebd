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
