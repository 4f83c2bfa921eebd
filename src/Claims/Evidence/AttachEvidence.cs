using Claims.Lifecycle;

namespace Claims.Evidence;

/// <summary>
/// Attaching a checked file to a claim. Evidence may be added at any stage, even to a closed claim (papers arrive
/// late); a file the claim already has (same SHA-256) is not recorded again.
/// </summary>
public static class AttachEvidenceHandler
{
    public static Decision Decide(ClaimState claim, EvidenceAttached file)
    {
        if (!claim.Exists)
            return Decision.Refuse("claim.not-found", "There is no such claim to attach evidence to; check the waybill and direction.");
        return claim.Evidence.Contains(file.Sha256) ? Decision.Nothing : Decision.Of(file);
    }
}
