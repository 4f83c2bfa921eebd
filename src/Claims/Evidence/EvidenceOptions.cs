using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Claims.Evidence;

/// <summary>The evidence settings: <c>Evidence:MaxBytes</c>, the largest file accepted (20 MB unless configured).</summary>
public sealed record EvidenceOptions(long MaxBytes)
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static EvidenceOptions From(IConfiguration? configuration)
    {
        var text = configuration?["Evidence:MaxBytes"];
        if (string.IsNullOrWhiteSpace(text))
            return new EvidenceOptions(DefaultMaxBytes);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0
            ? new EvidenceOptions(max)
            : throw new InvalidOperationException($"Evidence:MaxBytes is '{text}'; set it to a whole number of bytes such as 20971520 (20 MB).");
    }
}
