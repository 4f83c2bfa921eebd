namespace Claims.Contracts.Model;

/// <summary>
/// A compensation clause: for incidents of type <see cref="Incident"/> for which <see cref="When"/> holds (null =
/// always), the carrier owes <see cref="Pay"/>, limited to <see cref="Cap"/> and at least <see cref="Minimum"/>.
/// <see cref="Id"/> and <see cref="Page"/> cite the signed document.
/// </summary>
public sealed record Clause(
    string Id,
    int Page,
    string Title,
    IncidentType Incident,
    string? When,
    string Pay,
    decimal? Cap,
    decimal? Minimum);
