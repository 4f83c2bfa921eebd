namespace Claims.Contracts.Volumes;

/// <summary>
/// One row of a monthly volumes file: a carrier's parcels and freight for a month. Either every value the row
/// must have is set, or <see cref="Error"/> says what is wrong. <see cref="Carrier"/> is the carrier code when
/// recognised, else the text as written; <see cref="Freight"/> is null when the row gives none.
/// </summary>
public sealed record VolumeRow(int Line, string? Carrier, int? Year, int? Month, long? Parcels, decimal? Freight, string? Error)
{
    public bool IsValid => Error is null;
}
