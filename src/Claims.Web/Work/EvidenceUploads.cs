using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Web.Localization;

namespace Claims.Web.Work;

/// <summary>Attaches the files of a form to a claim; each refused file comes back with the store's reason (the others are kept).</summary>
public static class EvidenceUploads
{
    /// <summary>
    /// The most a form with evidence may send. Well above the per-file limit (Evidence:MaxBytes) so that an over-size
    /// photo reaches the page, which says so in the reader's words and keeps the form, instead of the server cutting
    /// the request off with a bare 400.
    /// </summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    /// <summary>The files over the evidence limit, each described in the page's language (nothing is stored).</summary>
    public static IReadOnlyList<string> TooLarge(IEnumerable<IFormFile> files, long maxBytes) =>
        [.. files.Where(f => f.Length > maxBytes).Select(f => Text.T("evidence.too-large", f.FileName, Size(f.Length), Size(maxBytes)))];

    /// <summary>The too-large sentence with the file's name and size left as {0} and {1}, for the page's script to fill in.</summary>
    public static string TooLargeTemplate(long maxBytes) => Text.T("evidence.too-large", "{0}", "{1}", Size(maxBytes));

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";

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
                refused.Add(rejected.Code == "evidence.too-large"
                    ? Text.T("evidence.too-large", file.FileName, Size(file.Length), Size(store.MaxBytes))
                    : $"{file.FileName}: {Refusals.Describe(new Refusal(rejected.Code, rejected.Message))}");
            }
        }
        return refused;
    }
}
