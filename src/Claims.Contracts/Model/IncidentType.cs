namespace Claims.Contracts.Model;

/// <summary>The ways a parcel goes wrong, as contract clauses and incident files name them.</summary>
public enum IncidentType
{
    Lost,
    Damaged,
    Misdelivered,
    Late,
    NotDeliveredToDoor,
    CourierMisconduct,
    FalseDeliveryScan,
    Other,
}
