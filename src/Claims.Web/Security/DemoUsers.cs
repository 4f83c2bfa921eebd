using Claims.Users;

namespace Claims.Web.Security;

/// <summary>
/// One demo login per role, made at first run (<c>Demo:OnFirstRun</c>, default true) when nobody can sign in yet, so a new
/// user can try every role. The passwords are printed at start: these accounts are for trying the product, not for use.
/// </summary>
public static class DemoUsers
{
    public static IReadOnlyList<(string Name, string Role, string Password)> All { get; } =
    [
        ("shou", Roles.AfterSales, "shou-demo-1"),
        ("caiwu", Roles.Finance, "caiwu-demo-1"),
        ("zhuguan", Roles.Manager, "zhuguan-demo-1"),
        ("admin", Roles.Admin, "admin-demo-1"),
    ];

    // The names the demo's timelines and packets show for what these logins do (the demo data's own staff have theirs).
    private static readonly Dictionary<string, string> DisplayNames = new()
    {
        ["shou"] = "赵敏", ["caiwu"] = "孙丽", ["zhuguan"] = "周强", ["admin"] = "吴磊",
    };

    /// <summary>Creates the demo users on a directory with no users; returns the logins to print (empty when none apply).</summary>
    public static async Task<IReadOnlyList<(string Name, string Role, string Password)>> EnsureAsync(WebApplication app, CancellationToken ct = default)
    {
        if (!app.Configuration.GetValue("Demo:OnFirstRun", true))
            return [];
        var users = app.Services.GetRequiredService<UserDirectory>();
        var existing = await users.ListAsync(ct);
        if (existing.Count == 0)
        {
            foreach (var (name, role, password) in All)
                await users.EnsureAsync(name, role, password, DisplayNames[name], ct);
            return All;
        }
        // Still print them on later starts while they are the only accounts (the demo is still being tried).
        return existing.All(u => All.Any(d => d.Name == u.Name)) ? All : [];
    }
}
