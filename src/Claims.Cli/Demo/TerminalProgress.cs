using System.Globalization;
using Claims.Demo;

namespace Claims.Cli.Demo;

/// <summary>One self-overwriting progress line on stderr, shown only when stderr is a terminal (never in scripts or JSON use).</summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<DemoProgress>, IDisposable
{
    private readonly bool show = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    private string last = "";

    public void Report(DemoProgress value)
    {
        if (!show)
            return;
        var line = value.Stage switch
        {
            "days" => string.Create(CultureInfo.InvariantCulture, $"Playing the days forward: {value.Done}/{value.Total} ({100 * value.Done / Math.Max(1, value.Total)}%)"),
            _ => "Registering contracts and deposits",
        };
        if (line == last)
            return;
        last = line;
        error.Write("\r" + line.PadRight(60));
    }

    public void Finish()
    {
        if (show && last.Length > 0)
            error.Write("\r" + new string(' ', 60) + "\r");
        last = "";
    }

    public void Dispose() => Finish();
}
