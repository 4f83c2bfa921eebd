using System.Text.Encodings.Web;
using System.Text.Json;

namespace Claims.Cli.Hosting;

/// <summary>JSON output settings of every command: camelCase, indented, Chinese written as itself (not \u escapes).</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
