using Claims.Contracts.Model;

namespace Claims.Contracts.IncidentFiles;

/// <summary>
/// One data row of an incident file. Either <see cref="Incident"/> is set, or <see cref="Error"/> says in plain words
/// what is wrong with the row. <see cref="Line"/> counts the header as line 1 (for XLSX: the sheet row number).
/// <see cref="Carrier"/> is the carrier code when the carrier was recognised, else the text as written.
/// </summary>
public sealed record IncidentRow(int Line, Incident? Incident, string? Waybill, string? Carrier, string? Error)
{
    public bool IsValid => Error is null;
}
