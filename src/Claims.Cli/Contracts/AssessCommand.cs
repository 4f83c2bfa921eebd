using System.CommandLine;
using System.Globalization;
using Claims.Cli.Hosting;
using Claims.Contracts;
using Claims.Contracts.Assessing;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Loading;

namespace Claims.Cli.Contracts;

/// <summary>
/// `claims assess --contracts DIR --incidents FILE`: assesses every incident of a file against a contract folder,
/// without a database, and prints one result per input row in input order (CONTRACT-FORMAT.md).
/// </summary>
public static class AssessCommand
{
    public static Command Create()
    {
        var contracts = new Option<string>("--contracts") { Description = "Folder of contract files", Required = true };
        var incidents = new Option<string>("--incidents") { Description = "Incident file (CSV or XLSX)", Required = true };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var today = new Option<string?>("--today") { Description = "The date filing windows are judged against (yyyy-mm-dd; default today)" };

        var command = new Command("assess", "Assess an incident file against contract files, without a database (按合同核算赔偿)");
        command.Options.Add(contracts);
        command.Options.Add(incidents);
        command.Options.Add(format);
        command.Options.Add(today);
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var day = parse.GetValue(today) is { } text ? ParseDate(text) : DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            return Run(parse.GetRequiredValue(contracts), parse.GetRequiredValue(incidents), parse.GetValue(format) ?? "json", day, config.Output, config.Error);
        });
        return command;
    }

    internal static int Run(string contractFolder, string incidentFile, string format, DateOnly today, TextWriter output, TextWriter error)
    {
        var loaded = ContractLoader.LoadFolder(contractFolder);
        if (loaded.Set is not { } set)
        {
            foreach (var e in loaded.Errors)
                error.WriteLine(e.ToString());
            return ExitCodes.BadInput;
        }
        if (!File.Exists(incidentFile))
        {
            error.WriteLine($"{incidentFile}: file not found");
            return ExitCodes.BadInput;
        }
        try
        {
            var rows = Assess(set, IncidentFileReader.Read(incidentFile, set.ResolveCarrier));
            if (format == "csv")
                AssessmentOutput.WriteCsv(output, rows, today);
            else
                AssessmentOutput.WriteJson(output, rows, today);
            output.Flush();
            return ExitCodes.Ok;
        }
        catch (IncidentFileException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }

    private static IEnumerable<AssessmentRow> Assess(ContractSet set, IEnumerable<IncidentRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Incident is not { } incident || row.Error is not null)
            {
                yield return AssessmentRow.Invalid(row.Line, row.Waybill, row.Carrier, row.Error ?? "the row could not be read");
                continue;
            }
            yield return new AssessmentRow(row.Line, row.Waybill ?? incident.Waybill, row.Carrier ?? incident.CarrierCode, set.Assess(incident), null);
        }
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliException($"--today: '{text}' is not a date (write yyyy-mm-dd)");
}
