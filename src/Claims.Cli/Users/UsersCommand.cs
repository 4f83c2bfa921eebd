using System.CommandLine;
using System.Text;
using Claims.Cli.Hosting;
using Claims.Users;

namespace Claims.Cli.Users;

/// <summary>
/// `claims users add NAME --role ROLE [--password-stdin]`: a person who signs in to the web app; `users role NAME ROLE`
/// and `users password NAME [--password-stdin]` change them, ending their sessions on every node.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name typed at sign-in (also the name on the claims' timelines)" };
        var role = new Option<string>("--role") { Description = "after-sales, finance, manager or admin", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var addDisplayName = new Option<string?>("--display-name") { Description = "The name shown on timelines and packets (张伟); the user name when left out" };
        var add = new Command("add", "Add a user (asks for the password without showing it)") { name, role, fromStdin, addDisplayName };
        add.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(fromStdin) ? await Console.In.ReadLineAsync(ct) ?? "" : AskPassword();
            await using var services = await CliServices.StartAsync(parse, ct);
            var refusal = await services.Get<UserDirectory>().AddAsync(
                parse.GetRequiredValue(name), parse.GetRequiredValue(role), password, parse.GetValue(addDisplayName), ct);
            if (refusal is not null)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"User {parse.GetRequiredValue(name).Trim()} added ({parse.GetRequiredValue(role)}).");
            return ExitCodes.Ok;
        });
        var roleName = new Argument<string>("NAME") { Description = "The user's name" };
        var newRole = new Argument<string>("ROLE") { Description = "after-sales, finance, manager or admin" };
        newRole.AcceptOnlyFromAmong([.. Roles.All]);
        var changeRole = new Command("role", "Give a user another role (their open sessions end: they sign in again)") { roleName, newRole };
        changeRole.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            if (await services.Get<UserDirectory>().ChangeRoleAsync(parse.GetRequiredValue(roleName), parse.GetRequiredValue(newRole), ct) is { } refusal)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"User {parse.GetRequiredValue(roleName).Trim()} is now {parse.GetRequiredValue(newRole)}; their open sessions ended.");
            return ExitCodes.Ok;
        });
        var passwordName = new Argument<string>("NAME") { Description = "The user's name" };
        var passwordFromStdin = new Option<bool>("--password-stdin") { Description = "Read the new password from the first line of standard input" };
        var setPassword = new Command("password", "Set a user's password (their open sessions end)") { passwordName, passwordFromStdin };
        setPassword.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(passwordFromStdin) ? await Console.In.ReadLineAsync(ct) ?? "" : AskPassword();
            await using var services = await CliServices.StartAsync(parse, ct);
            if (await services.Get<UserDirectory>().SetPasswordAsync(parse.GetRequiredValue(passwordName), password, ct) is { } refusal)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Password of {parse.GetRequiredValue(passwordName).Trim()} changed; their open sessions ended.");
            return ExitCodes.Ok;
        });
        var notifyName = new Argument<string>("NAME") { Description = "The user's name" };
        var email = new Option<string?>("--email") { Description = "Where the daily digest is mailed (\"\" for the in-app inbox only)" };
        var digest = new Option<string?>("--digest") { Description = "on or off: whether the user gets the daily digest" };
        digest.AcceptOnlyFromAmong("on", "off");
        var language = new Option<string?>("--language") { Description = "zh or en: the digest's language" };
        language.AcceptOnlyFromAmong([.. NotificationSettings.Languages]);
        var notify = new Command("notify", "Set where and in which language a user's daily digest goes, or turn it off; without options, show it")
        {
            notifyName, email, digest, language,
        };
        notify.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var users = services.Get<UserDirectory>();
            var who = parse.GetRequiredValue(notifyName).Trim();
            var current = await users.NotificationsOfAsync(who, ct) ?? throw new CliException($"There is no user {who}.");
            var wanted = new NotificationSettings(parse.GetValue(email) ?? current.Email,
                parse.GetValue(digest) is { } d ? d == "on" : current.Digest, parse.GetValue(language) ?? current.Language);
            if (wanted != current && await users.SetNotificationsAsync(who, wanted, ct) is { } refusal)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"{who}: daily digest {(wanted.Digest ? "on" : "off")}, {(string.IsNullOrWhiteSpace(wanted.Email) ? "in-app inbox only" : $"mailed to {wanted.Email.Trim()}")}, in {(wanted.Language == "zh" ? "Chinese" : "English")}.");
            return ExitCodes.Ok;
        });
        var shownName = new Argument<string>("NAME") { Description = "The user's name" };
        var shown = new Argument<string>("DISPLAY-NAME") { Description = "The name shown on timelines, packets and team figures (\"\" for the user name)" };
        var displayName = new Command("display-name", "Set the name a user is shown by (their sessions go on)") { shownName, shown };
        displayName.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var who = parse.GetRequiredValue(shownName).Trim();
            if (await services.Get<UserDirectory>().SetDisplayNameAsync(who, parse.GetRequiredValue(shown), ct) is { } refusal)
                throw new CliException(refusal.Message);
            var text = parse.GetRequiredValue(shown).Trim();
            await parse.InvocationConfiguration.Output.WriteLineAsync(text.Length == 0 ? $"{who} is shown by their user name." : $"{who} is shown as {text}.");
            return ExitCodes.Ok;
        });
        return new Command("users", "Users of the web app") { add, changeRole, setPassword, notify, displayName };
    }

    private static string AskPassword()
    {
        if (Console.IsInputRedirected)
            throw new CliException("No terminal to ask for the password on: pipe it with --password-stdin.");
        var first = Read("Password: ");
        if (Read("Repeat the password: ") != first)
            throw new CliException("The two passwords differ.");
        return first;
    }

    // Read key by key without echo, so the password never shows on the screen or in a terminal's scrollback.
    private static string Read(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
                text.Length--;
            else if (!char.IsControl(key.KeyChar))
                text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
