namespace Claims.Users;

/// <summary>The four roles of DESIGN.md's users (the names are stored and typed on the command line: never rename one).</summary>
public static class Roles
{
    public const string AfterSales = "after-sales";
    public const string Finance = "finance";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [AfterSales, Finance, Manager, Admin];

    /// <summary>The canonical role name for what a person typed (售后/财务/主管 accepted too), or null.</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "after-sales" or "aftersales" or "售后" => AfterSales,
        "finance" or "财务" => Finance,
        "manager" or "主管" => Manager,
        "admin" or "管理员" => Admin,
        _ => null,
    };
}
