using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Managers;
using Microsoft.Extensions.Configuration;

namespace Claims.Cli.Managers;

/// <summary>`claims compare`: carrier scorecards side by side over a period of months (JSON, CSV or a table).</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "First month, yyyy-mm (default: 11 months before --to)" };
        var to = new Option<string?>("--to") { Description = "Last month, yyyy-mm (default: the last full month)" };
        var format = new Option<string>("--format") { Description = "json, csv or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var command = new Command("compare", "Carrier scorecards side by side: rates per 10,000 parcels, recovery, score, rank (承运商对比)")
        {
            from, to, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (fromText, toText) = (parse.GetValue(from), parse.GetValue(to));
            var (fromMonth, toMonth) = (Month(fromText, "--from"), Month(toText, "--to"));
            var weights = Weights();
            await using var services = await CliServices.StartAsync(parse, ct);
            var period = ComparePeriod.Resolve(fromMonth, toMonth, services.Get<TimeProvider>());
            var report = await services.Get<CarrierComparison>().CompareAsync(new ComparisonRequest(period.From, period.To, weights), ct);
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "json":
                    await output.WriteLineAsync(JsonSerializer.Serialize(CompareRows.Json(report), CliJson.Options));
                    break;
                case "csv":
                    await output.WriteAsync(await CompareRows.CsvAsync(report, ct));
                    break;
                default:
                    await CompareRows.TableAsync(report, output);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static YearMonth? Month(string? text, string option)
    {
        if (text is null)
            return null;
        return YearMonth.TryParse(text, out var month) && month.Year is >= 2000 and <= 2100
            ? month
            : throw new CliException($"{option} must be a month written yyyy-mm (e.g. 2026-03), not '{text}'.");
    }

    // Managers__Weights__* in the environment, as the web app reads Managers:Weights:* from its configuration.
    private static ScoreWeights Weights()
    {
        try
        {
            return ScoreWeightsConfig.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
