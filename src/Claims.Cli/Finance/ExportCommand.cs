using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Finance.Exports;

namespace Claims.Cli.Finance;

/// <summary>`claims export excel|csv -o FILE`: the finance workbook, or the claims as CSV (CLI.md).</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Finance exports of the claims register (财务导出): an Excel workbook or CSV");
        command.Subcommands.Add(Format("excel", "xlsx", "The workbook: Claims, By carrier (live SUMIFS), Deposits, Reconciliation 对账, Penalties 罚款",
            (exports, stream, filter, ct) => exports.WriteExcelAsync(stream, filter, ct)));
        command.Subcommands.Add(Format("csv", "csv", "The claims as CSV (UTF-8 with BOM; text that a spreadsheet would run is defused)",
            (exports, stream, filter, ct) => exports.WriteCsvAsync(stream, filter, ct)));
        return command;
    }

    private static Command Format(string name, string extension, string description, Func<FinanceExports, Stream, ExportFilter, CancellationToken, Task> write)
    {
        var output = new Option<string?>("--output", "-o") { Description = $"The file to write (default: claims-yyyyMMdd-HHmm.{extension} in the current folder)" };
        var from = new Option<string?>("--from") { Description = "Only claims whose incident date is on or after this day (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Only claims whose incident date is on or before this day (yyyy-MM-dd)" };
        var carrier = new Option<string?>("--carrier") { Description = "Only this carrier (code such as ZTO, or its name)" };
        var status = new Option<string?>("--status") { Description = "Only this status (assessed, filed, accepted, paid, ...) or open" };
        var command = new Command(name, description) { output, from, to, carrier, status };
        command.SetAction(async (parse, ct) =>
        {
            var filter = new ExportFilter(Day(parse.GetValue(from), "--from"), Day(parse.GetValue(to), "--to"), parse.GetValue(carrier), parse.GetValue(status));
            if (filter.From > filter.To)
                throw new CliException($"--from {filter.From:yyyy-MM-dd} is after --to {filter.To:yyyy-MM-dd}.");
            var path = Path.GetFullPath(parse.GetValue(output) ?? DefaultFileName(extension, DateTime.Now));
            await using var services = await CliServices.StartAsync(parse, ct);
            // Written beside the target and moved into place, so a failed export never leaves half a file under its name.
            var temporary = path + ".part";
            try
            {
                await using (var file = File.Create(temporary))
                    await write(services.Get<FinanceExports>(), file, filter, ct);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The name the web app's download has too: claims-20261203-2359.xlsx.</summary>
    internal static string DefaultFileName(string extension, DateTime now) =>
        $"claims-{now.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";

    private static DateOnly? Day(string? text, string option) => text is null ? null : Lifecycle.ClaimOptions.DateOr(text, default, option);
}
