using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Demo;

namespace Claims.Cli.Demo;

/// <summary>`claims demo`: fills an empty store with months of realistic data for the sample carriers.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var months = new Option<int>("--months") { Description = "How many months up to today", DefaultValueFactory = _ => 12 };
        var parcels = new Option<int>("--parcels-per-month")
        {
            Description = "The shop's parcels per month across all carriers (incidents follow from it)",
            DefaultValueFactory = _ => DemoOptions.DefaultParcelsPerMonth,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed on the same day gives the same data", DefaultValueFactory = _ => new DemoOptions().Seed };
        var contracts = new Option<string?>("--contracts") { Description = "Contract folder to register if none is (default: contracts-samples/ found upwards)" };
        var format = new Option<string>("--format") { Description = "Summary as table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("demo", "Fill an empty store with realistic demo data (contracts, deposits, volumes, claims, answers, payments, deductions)")
        {
            months, parcels, seed, contracts, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(months) is < 1 or > 60)
                throw new CliException("--months must be between 1 and 60.");
            if (parse.GetValue(parcels) < 0)
                throw new CliException("--parcels-per-month cannot be negative.");
            await using var services = await CliServices.StartAsync(parse, ct);
            var options = new DemoOptions
            {
                Months = parse.GetValue(months), ParcelsPerMonth = parse.GetValue(parcels), Seed = parse.GetValue(seed),
                ContractsFolder = parse.GetValue(contracts),
            };
            var error = parse.InvocationConfiguration.Error;
            using var progress = new TerminalProgress(error);
            DemoSummary summary;
            try
            {
                summary = await DemoData.FillAsync(services.Services, options, progress, ct);
            }
            catch (DemoRefusedException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Failure);
            }
            progress.Finish();
            await Write(summary, parse.GetValue(format)!, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task Write(DemoSummary s, string format, TextWriter output)
    {
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                from = s.From, to = s.To, carriers = s.Carriers, parcels = s.Parcels, claims = s.Claims, deductions = s.Deductions,
                topUpRequests = s.TopUpRequests, seconds = Math.Round(s.Elapsed.TotalSeconds, 1),
            }, CliJson.Options));
            return;
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Demo data from {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd}: {s.Carriers} carriers, {s.Parcels:N0} parcels, {s.Claims:N0} claims, " +
            $"{s.Deductions:N0} deposit deductions, {s.TopUpRequests:N0} top-up requests ({s.Elapsed.TotalSeconds:0.0} s)."));
    }
}
