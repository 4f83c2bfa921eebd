using System.Diagnostics;

namespace Claims.Documents.Tests.Support;

/// <summary>Runs one of the external readers the tests check our files with (LibreOffice, poppler, qpdf).</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var path = Find(program) ?? throw new InvalidOperationException(
            $"'{program}' is not installed. Run ./build.sh test, which installs the Debian packages the document tests read their output with " +
            "(poppler-utils, qpdf, libreoffice-calc, fonts-wqy-microhei).");
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', info.ArgumentList)} did not finish in time.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, program))
        .FirstOrDefault(File.Exists);
}
