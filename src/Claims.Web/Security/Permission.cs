namespace Claims.Web.Security;

/// <summary>What a signed-in person may do. Each value is a policy of the same name (see <see cref="PermissionMatrix"/>).</summary>
public enum Permission
{
    ViewQueue,
    ViewClaims,
    ReportIncident,
    FileClaim,
    RecordAnswer,
    RecordPayment,
    WaiveClaim,
    CloseClaim,
    ReopenClaim,
    OverrideAmount,
    AddNote,
    UploadEvidence,
    ImportIncidents,
    ViewContracts,
    RegisterContracts,
    ViewCarriers,
    LodgeDeposit,
    FinanceExports,
    ViewComparison,
    ViewTeam,
    ManageUsers,
    ManageWebhooks,
}
