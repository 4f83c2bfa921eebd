using Claims.Contracts.Model;

namespace Claims.Register;

/// <summary>
/// Finding a claim by what a customer reads out on the phone: its waybill or order number, whole or in part, typed
/// with spaces, full-width digits or in lower case (the register's pages, <c>/api/claims?q=</c> and <c>claims list --search</c>).
/// </summary>
public static class ClaimSearch
{
    /// <summary>The text to look for, normalised as waybills are stored; null when nothing was typed.</summary>
    public static string? Term(string? typed) => Waybills.Normalize(typed) is { Length: > 0 } term ? term : null;

    /// <summary>
    /// The condition on the claims table, with <paramref name="parameter"/> (e.g. <c>$7</c>) holding <see cref="Term"/>:
    /// an exact waybill uses the waybill index; a part of a waybill or order number is a scan, fine for a shop's register.
    /// </summary>
    public static string Sql(string parameter) =>
        $"({parameter}::text is null or waybill = {parameter} or strpos(waybill, {parameter}) > 0 "
        + $"or strpos(upper(replace(coalesce(order_id, ''), ' ', '')), {parameter}) > 0)";
}
