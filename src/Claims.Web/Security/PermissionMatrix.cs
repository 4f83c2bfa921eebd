using Claims.Users;

namespace Claims.Web.Security;

/// <summary>
/// The one permission matrix: which roles hold each permission. Pages and API endpoints name a permission; nothing
/// else decides who may do what (hiding a button is a courtesy, the policy is the rule).
/// </summary>
public static class PermissionMatrix
{
    private const string S = Roles.AfterSales, F = Roles.Finance, M = Roles.Manager, A = Roles.Admin;

    public static IReadOnlyDictionary<Permission, string[]> Holders { get; } = new Dictionary<Permission, string[]>
    {
        [Permission.ViewQueue] = [S, M, A],
        [Permission.ViewClaims] = [S, F, M, A],
        [Permission.ReportIncident] = [S, M, A],
        [Permission.FileClaim] = [S, M, A],
        [Permission.RecordAnswer] = [S, F, M, A],
        [Permission.RecordPayment] = [F, M, A],
        [Permission.WaiveClaim] = [M, A],
        [Permission.CloseClaim] = [F, M, A],
        [Permission.ReopenClaim] = [M, A],
        [Permission.OverrideAmount] = [M, A],
        [Permission.AddNote] = [S, F, M, A],
        [Permission.UploadEvidence] = [S, M, A],
        [Permission.ImportIncidents] = [S, M, A],
        [Permission.ViewContracts] = [S, F, M, A],
        [Permission.RegisterContracts] = [M, A],
        [Permission.ViewCarriers] = [F, M, A],
        [Permission.LodgeDeposit] = [F, A],
        [Permission.FinanceExports] = [F, M, A],
        [Permission.ViewComparison] = [M, A],
        [Permission.ViewTeam] = [M, A],
        [Permission.ManageUsers] = [A],
        [Permission.ManageWebhooks] = [A],
    };

    /// <summary>Every Razor page that needs more than a signed-in user, and the permission it needs (applied as a convention).</summary>
    public static IReadOnlyDictionary<string, Permission> Pages { get; } = new Dictionary<string, Permission>
    {
        ["/Work/Queue"] = Permission.ViewQueue,
        ["/Work/Register"] = Permission.ViewClaims,
        ["/Work/View"] = Permission.ViewClaims,
        ["/Incidents/Report"] = Permission.ReportIncident,
        ["/Finance/Index"] = Permission.FinanceExports,
        ["/Carriers/Index"] = Permission.ViewCarriers,
        ["/Import/Index"] = Permission.ImportIncidents,
        ["/Managers/Index"] = Permission.ViewComparison,
        ["/Team/Index"] = Permission.ViewTeam,
        ["/Users/Index"] = Permission.ManageUsers,
        ["/Webhooks/Index"] = Permission.ManageWebhooks,
        ["/Contracts/Index"] = Permission.ViewContracts,
    };

    public static bool Allows(string role, Permission permission) => Holders[permission].Contains(role);

    /// <summary>Where a role starts after signing in: the page of its daily job.</summary>
    public static string HomeOf(string? role) => role switch
    {
        Claims.Users.Roles.Finance => "/finance",
        Claims.Users.Roles.Manager => "/managers",
        _ => "/queue",
    };
}
