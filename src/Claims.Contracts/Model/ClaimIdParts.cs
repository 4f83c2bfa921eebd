namespace Claims.Contracts.Model;

/// <summary>
/// A claim id joins the carrier code, the waybill and the direction with ':'. A part that held ':' could name another
/// claim (carrier "ZTO:X" with waybill "9" is ZTO's waybill "X:9"), and a control character (NUL above all) is no text
/// PostgreSQL stores; so neither may be in a part, and a part is short enough for the database's index.
/// </summary>
public static class ClaimIdParts
{
    public const char Separator = ':';
    public const int MaxLength = 64;

    public static bool IsValid(string? part) =>
        !string.IsNullOrEmpty(part) && part.Length <= MaxLength && !part.Any(c => c == Separator || char.IsControl(c));
}
