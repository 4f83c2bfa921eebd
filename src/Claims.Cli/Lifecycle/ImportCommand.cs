using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Volumes;
using Claims.Infrastructure.EventStore;
using Claims.Register;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims import incidents FILE`: incidents from a CSV/XLSX file, each assessed and opened as a claim.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CSV or XLSX file of incidents (CONTRACT-FORMAT.md)" };
        var reportedBy = new Option<string?>("--reported-by") { Description = "Who reported them (default: your user name)" };
        var format = new Option<string>("--format") { Description = "Summary as json or table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var incidents = new Command("incidents", "Import incidents; rows already imported count as duplicates, invalid rows are listed by line")
        {
            file, reportedBy, format,
        };
        incidents.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
                throw new CliException($"Cannot read {path}: the file does not exist.");
            await using var services = await CliServices.StartAsync(parse, ct);
            var import = services.Get<ClaimImport>();
            var set = await import.ContractsAsync(ct);
            var actor = parse.GetValue(reportedBy) is { } name ? new Actor(name) : ClaimOptions.Actor;
            ImportSummary summary;
            try
            {
                var rows = IncidentFileReader.Read(path, c => set?.ResolveCarrier(c) ?? c.Trim().ToUpperInvariant());
                summary = await ImportProgressView.RunAsync(parse.InvocationConfiguration.Output, progress => import.ImportAsync(rows, actor, progress, ct));
            }
            catch (Exception ex) when (ex is IncidentFileException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"Cannot read {path}: {ex.Message}");
            }
            await Write(summary, parse.GetValue(format)!, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return new Command("import", "Import incidents or shipment volumes from files") { incidents, Volumes(format) };
    }

    private static Command Volumes(Option<string> format)
    {
        var file = new Argument<string>("FILE") { Description = "CSV or XLSX: carrier, month (yyyy-mm), parcels, freight" };
        var command = new Command("volumes", "Import monthly shipment volumes per carrier (月度发货量)") { file, format };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
                throw new CliException($"Cannot read {path}: the file does not exist.");
            await using var services = await CliServices.StartAsync(parse, ct);
            var set = await services.Get<ClaimImport>().ContractsAsync(ct);
            ImportSummary summary;
            try
            {
                var rows = VolumeFileReader.Read(path, c => set?.ResolveCarrier(c) ?? c.Trim().ToUpperInvariant());
                summary = await services.Get<VolumeImport>().ImportAsync(rows, ClaimOptions.Actor, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new CliException($"Cannot read {path}: {ex.Message}");
            }
            await Write(summary, parse.GetValue(format)!, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task Write(ImportSummary s, string format, TextWriter output)
    {
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                created = s.Created, duplicates = s.Duplicates, invalid = s.Invalid,
                errors = s.Errors.Select(e => new { line = e.Line, reason = e.Reason }),
            }, CliJson.Options));
            return;
        }
        await output.WriteLineAsync($"created {s.Created}, duplicates {s.Duplicates}, invalid {s.Invalid}");
        foreach (var e in s.Errors)
            await output.WriteLineAsync($"line {e.Line}: {e.Reason}");
    }
}
