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
        [.. files.Where(f => f.Length > maxBytes).Select(f => TooLargeLine(f.FileName, f.Length, maxBytes))];

    private static string TooLargeLine(string fileName, long length, long maxBytes) =>
        Text.T("evidence.too-large", fileName, Size(length, up: true), Size(maxBytes));

    /// <summary>The too-large sentence with the file's name and size left as {0} and {1}, for the page's script to fill in.</summary>
    public static string TooLargeTemplate(long maxBytes) => Text.T("evidence.too-large", "{0}", "{1}", Size(maxBytes));

    /// <summary>
    /// A size as people read it ("20 MB", "20.5 MB", "300 KB"); a file's size is rounded <paramref name="up"/>, so a file
    /// one byte over a 20 MB limit reads 20.1 MB, not "20 MB; at most 20 MB". evidence-size.js writes sizes the same way.
    /// </summary>
    public static string Size(long bytes, bool up = false) =>
        bytes >= 1024 * 1024
            ? $"{(up ? Math.Ceiling(bytes * 10 / 1024.0 / 1024.0) / 10 : bytes / 1024.0 / 1024.0):0.#} MB"
            : $"{Math.Max(1, up ? (bytes + 1023) / 1024 : bytes / 1024)} KB";

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
                    ? TooLargeLine(file.FileName, file.Length, store.MaxBytes)
                    : $"{file.FileName}: {Refusals.Describe(new Refusal(rejected.Code, rejected.Message))}");
            }
        }
        return refused;
    }
}
