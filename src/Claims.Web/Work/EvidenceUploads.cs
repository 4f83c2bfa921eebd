using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;

namespace Claims.Web.Work;

/// <summary>Attaches the files of a form to a claim; each refused file comes back with the store's reason (the others are kept).</summary>
public static class EvidenceUploads
{
    public static async Task<IReadOnlyList<string>> AttachAllAsync(
        EvidenceStore store, string claimId, IEnumerable<IFormFile> files, Actor actor, CancellationToken ct)
    {
        var refused = new List<string>();
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            try
            {
                await using var content = file.OpenReadStream();
                await store.AttachAsync(claimId, file.FileName, content, actor, ct);
            }
            catch (EvidenceRejectedException rejected)
            {
                refused.Add($"{file.FileName}: {Refusals.Describe(new Refusal(rejected.Code, rejected.Message))}");
            }
        }
        return refused;
    }
}
