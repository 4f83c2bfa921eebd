using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Managers.Team;

namespace Claims.Cli.Managers;

/// <summary>`claims team`: each person's figures and the team's over a period of report months (JSON, CSV or a table).</summary>
public static class TeamCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "First month of report, yyyy-mm (default: 11 months before --to)" };
        var to = new Option<string?>("--to") { Description = "Last month of report, yyyy-mm (default: this month)" };
        var format = new Option<string>("--format") { Description = "json, csv or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var command = new Command("team",
            "Each person's figures against the team's: days to report and to file, windows missed, money recovered, open and overdue claims, " +
            "with who does worse than the team and why (团队指标). A claim counts for whoever filed it, else whoever reported it.")
        {
            from, to, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (fromMonth, toMonth) = (CompareCommand.Month(parse.GetValue(from), "--from"), CompareCommand.Month(parse.GetValue(to), "--to"));
            await using var services = await CliServices.StartAsync(parse, ct);
            var time = services.Get<TimeProvider>();
            var period = ComparePeriod.Resolve(fromMonth, toMonth, time, throughThisMonth: true);
            var report = await services.Get<TeamFigures>().ReadAsync(period.From, period.To, DateOnly.FromDateTime(time.GetLocalNow().Date), ct);
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "json":
                    await output.WriteLineAsync(JsonSerializer.Serialize(TeamRows.Json(report), CliJson.Options));
                    break;
                case "csv":
                    await output.WriteAsync(await TeamRows.CsvAsync(report, ct));
                    break;
                default:
                    await TeamRows.TableAsync(report, output);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
