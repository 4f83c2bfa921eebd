using System.Security.Cryptography;

namespace Claims.Evidence;

/// <summary>
/// An upload read into memory up to a limit, hashed once read; past the limit reading stops. The bytes are the
/// buffer's own (no copy), sized exactly when the stream knows its length.
/// </summary>
internal sealed record CappedRead(ArraySegment<byte> Bytes, bool TooLarge, string Sha256)
{
    public static async Task<CappedRead> ReadAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        var remaining = content.CanSeek ? content.Length - content.Position : 0;
        if (remaining > maxBytes)
            return new CappedRead(ArraySegment<byte>.Empty, true, "");
        using var buffer = new MemoryStream((int)remaining);
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return new CappedRead(ArraySegment<byte>.Empty, true, "");
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.TryGetBuffer(out var segment) ? segment : new ArraySegment<byte>(buffer.ToArray());
        return new CappedRead(bytes, false, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
