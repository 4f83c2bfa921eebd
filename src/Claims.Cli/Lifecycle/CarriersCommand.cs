using System.CommandLine;
using System.Text.Json;
using Claims.Cli.Hosting;
using Npgsql;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims carriers`: each carrier with its contract in force and its deposit.</summary>
public static class CarriersCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("carriers", "Carriers with their contract and deposit balance (承运商与保证金)") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            await using var query = services.Get<NpgsqlDataSource>().CreateCommand(
                "select code, name, contract, currency, balance, minimum_balance, top_up_requested from carriers order by code");
            var rows = new List<Dictionary<string, object?>>();
            await using (var reader = await query.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var currency = reader.IsDBNull(3) ? null : reader.GetString(3);
                    rows.Add(new()
                    {
                        ["code"] = reader.GetString(0), ["name"] = reader.GetString(1), ["contract"] = reader.IsDBNull(2) ? null : reader.GetString(2),
                        ["currency"] = currency, ["depositBalance"] = ListCommand.Format(reader.GetDecimal(4), currency),
                        ["minimumBalance"] = reader.IsDBNull(5) ? null : ListCommand.Format(reader.GetDecimal(5), currency),
                        ["topUpRequested"] = reader.GetBoolean(6),
                    });
                }
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
                return ExitCodes.Ok;
            }
            foreach (var r in rows)
                await output.WriteLineAsync($"{r["code"],-8} {r["name"],-10} {r["contract"],-18} deposit {r["depositBalance"]} {r["currency"]} (minimum {r["minimumBalance"]}){((bool)r["topUpRequested"]! ? "  TOP-UP REQUESTED" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
