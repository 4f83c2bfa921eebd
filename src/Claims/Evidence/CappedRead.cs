using System.Security.Cryptography;

namespace Claims.Evidence;

/// <summary>An upload read into memory up to a limit, hashed on the way; past the limit reading stops.</summary>
internal sealed record CappedRead(byte[] Bytes, bool TooLarge, string Sha256)
{
    public static async Task<CappedRead> ReadAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
            return new CappedRead([], true, "");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return new CappedRead([], true, "");
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        return new CappedRead(bytes, false, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
