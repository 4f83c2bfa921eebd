using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Claims.Cli.Hosting;
using Claims.Contracts.Currencies;
using Claims.Register;
using Npgsql;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims list`: the claims register, ordered by the deadline that expires first (overdue first).</summary>
public static class ListCommand
{
    public static Command Create()
    {
        var carrier = new Option<string?>("--carrier") { Description = "Only this carrier's claims" };
        var status = new Option<string?>("--status") { Description = "A status (assessed, manual, filed, accepted, ...), open, or overdue" };
        var search = new Option<string?>("--search") { Description = "Only claims whose waybill or order number contains this (spaces and case do not matter)" };
        var format = new Option<string>("--format") { Description = "json, csv or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var command = new Command("list", "The claims register (索赔台账), most urgent first") { carrier, status, search, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse, ct);
            var today = services.Get<TimeProvider>().GetLocalNow().Date;
            var rows = await ReadAsync(services.Get<NpgsqlDataSource>(), parse.GetValue(carrier), parse.GetValue(status), parse.GetValue(search),
                DateOnly.FromDateTime(today), ct);
            await Write(rows, parse.GetValue(format)!, parse.InvocationConfiguration.Output);
            if (rows.Count == 0 && await IsEmptyAsync(services.Get<NpgsqlDataSource>(), ct))
                await parse.InvocationConfiguration.Error.WriteLineAsync(EmptyStore(services.Where));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<List<Dictionary<string, object?>>> ReadAsync(
        NpgsqlDataSource db, string? carrier, string? status, string? search, DateOnly today, CancellationToken ct)
    {
        var filter = status?.Trim().ToLowerInvariant() switch
        {
            null => "true",
            "open" => "status not in ('paid', 'waived', 'closed')",
            "overdue" => "next_deadline < $2",
            _ => "status = $3",
        };
        await using var command = db.CreateCommand($"""
            select id, waybill, carrier, direction, incident, status, amount, currency, clause, page, file_by, next_deadline, due,
                   received, deducted, outstanding, contract, manual_reason
            from claims where ($1::text is null or carrier = $1) and {filter} and {ClaimSearch.Sql("$4")}
            order by next_deadline nulls last, id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)carrier?.Trim().ToUpperInvariant() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = today });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)status?.Trim().ToLowerInvariant() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)ClaimSearch.Term(search) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var currency = reader.IsDBNull(7) ? null : reader.GetString(7);
            string? Money(int i) => reader.IsDBNull(i) ? null : Format(reader.GetDecimal(i), currency);
            rows.Add(new()
            {
                ["id"] = reader.GetString(0), ["waybill"] = reader.GetString(1), ["carrier"] = reader.GetString(2),
                ["direction"] = reader.GetString(3), ["incident"] = reader.GetString(4), ["status"] = reader.GetString(5),
                ["amount"] = Money(6), ["currency"] = currency, ["clause"] = Text(reader, 8),
                ["page"] = reader.IsDBNull(9) ? null : reader.GetInt32(9), ["fileBy"] = Date(reader, 10), ["nextDeadline"] = Date(reader, 11),
                ["due"] = Text(reader, 12), ["received"] = Money(13), ["deducted"] = Money(14), ["outstanding"] = Money(15),
                ["contract"] = Text(reader, 16), ["manualReason"] = Text(reader, 17),
            });
        }
        return rows;
    }

    /// <summary>One line for a store with no claims at all: where it looked, and what to do (a newcomer may have opened the wrong one).</summary>
    internal static string EmptyStore(string where) =>
        $"No claims in {where}. Run `claims demo` for demo data or `claims import incidents FILE` for yours; "
        + $"the web app's data is in {Hosting.WebAppData.RelativePath} (--data-dir {Hosting.WebAppData.RelativePath}).";

    private static async Task<bool> IsEmptyAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select not exists (select 1 from claims)");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Money as a string with the currency's own number of decimals (CNY 36.00, JPY 3600).</summary>
    internal static string Format(decimal amount, string? currency) =>
        Math.Round(amount, Iso4217.DecimalsOf(currency ?? "CNY"), MidpointRounding.AwayFromZero)
            .ToString("F" + Iso4217.DecimalsOf(currency ?? "CNY"), CultureInfo.InvariantCulture);

    private static async Task Write(List<Dictionary<string, object?>> rows, string format, TextWriter output)
    {
        string[] columns = ["waybill", "carrier", "direction", "incident", "status", "amount", "currency", "clause", "nextDeadline", "due", "outstanding"];
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
            return;
        }
        var separator = format == "csv" ? "," : "\t";
        await output.WriteLineAsync(string.Join(separator, columns));
        foreach (var row in rows)
            await output.WriteLineAsync(string.Join(separator, columns.Select(c => Cell(row[c], format == "csv"))));
    }

    private static string Cell(object? value, bool csv)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        // Our own numbers stay numbers; text (a waybill typed by anyone) is defused against formula injection.
        return !csv || decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? text : Claims.Documents.Csv.CsvField.Text(text);
    }
}
