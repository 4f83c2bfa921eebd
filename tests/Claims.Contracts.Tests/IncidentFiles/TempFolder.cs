using System.Text;

namespace Claims.Contracts.Tests.IncidentFiles;

/// <summary>A folder of test input files, written at test time and removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    static TempFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claims-reader-tests", Guid.NewGuid().ToString("N"));

    public static Encoding Gbk => Encoding.GetEncoding("GB18030");

    public static Encoding Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes text in the given encoding (UTF-8 without BOM by default), with its byte order mark if it has one.</summary>
    public string Write(string name, string text, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        return WriteBytes(name, bytes);
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner is not worth failing a test over.
        }
    }
}
