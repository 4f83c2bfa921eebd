namespace Claims.Finance.Exports;

/// <summary>
/// Which claims an export holds. From/To bound the incident date (both inclusive): finance reconciles the claims
/// that arose in a period. Carrier is a carrier code (ZTO) or its name (中通快递); Status is a status name or "open".
/// </summary>
public sealed record ExportFilter(DateOnly? From, DateOnly? To, string? Carrier, string? Status)
{
    public static readonly ExportFilter All = new(null, null, null, null);
}
