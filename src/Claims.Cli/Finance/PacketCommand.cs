using System.CommandLine;
using System.Globalization;
using Claims.Cli.Hosting;
using Claims.Documents.Pdf;
using Claims.Finance;
using Claims.Finance.Packets;
using Claims.Register;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Cli.Finance;

/// <summary>`claims packet (--claim WAYBILL [--direction D] | --carrier C --month yyyy-mm) -o FILE.pdf` (CLI.md).</summary>
public static class PacketCommand
{
    public static Command Create()
    {
        var claim = new Option<string?>("--claim") { Description = "The waybill of the claim (运单号)" };
        var direction = new Option<string?>("--direction") { Description = "forward or return: required when the waybill has both claims" };
        var carrier = new Option<string?>("--carrier") { Description = "A carrier (code such as ZTO, or its name), with --month" };
        var month = new Option<string?>("--month") { Description = "The month of the incidents, yyyy-mm, with --carrier" };
        var output = new Option<string>("--output", "-o") { Description = "The PDF file to write", Required = true };
        var command = new Command("packet", "A PDF claim packet (理赔材料): one claim, or a carrier's month") { claim, direction, carrier, month, output };
        command.Validators.Add(result =>
        {
            var one = result.GetValue(claim) is not null;
            var monthly = result.GetValue(carrier) is not null || result.GetValue(month) is not null;
            if (one == monthly)
                result.AddError("Say either --claim WAYBILL or --carrier C --month yyyy-mm.");
            else if (monthly && (result.GetValue(carrier) is null || result.GetValue(month) is null))
                result.AddError("A carrier-month packet needs both --carrier and --month yyyy-mm.");
        });
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetRequiredValue(output));
            var (year, monthNumber) = parse.GetValue(month) is { } m ? Month(m) : (0, 0);
            // The same configuration CliServices reads (environment variables: Shop__Name, Pdf__FontFile).
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            try
            {
                PdfHosting.Configure(configuration);
                PdfSetup.CheckFont(); // fail before touching the database when no CJK font is installed
            }
            catch (Exception ex) when (ex is Claims.Documents.Pdf.Fonts.FontNotFoundException or InvalidOperationException)
            {
                throw new CliException(ex.Message, ExitCodes.Failure);
            }

            await using var services = await CliServices.StartAsync(parse, ct, s => s.AddSingleton<IConfiguration>(configuration));
            var packets = services.Get<ClaimPackets>();
            var temporary = path + ".part";
            try
            {
                await using (var file = File.Create(temporary))
                {
                    if (parse.GetValue(claim) is { } waybill)
                    {
                        var (id, refusal) = await services.Get<ClaimCommands>().ResolveAsync(Claims.Contracts.Model.Waybills.Normalize(waybill), Lifecycle.ClaimOptions.ParseDirection(parse.GetValue(direction)), ct);
                        if (refusal is not null)
                            throw new CliException(refusal.Message);
                        await packets.WriteClaimPacketAsync(file, id!, ct);
                    }
                    else
                    {
                        await packets.WriteCarrierMonthPacketAsync(file, parse.GetValue(carrier)!, year, monthNumber, ct);
                    }
                }
                File.Move(temporary, path, overwrite: true);
            }
            catch (PacketNotFoundException ex)
            {
                throw new CliException(ex.Message);
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

    private static (int Year, int Month) Month(string text) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d.Year, d.Month)
            : throw new CliException($"--month {text} is not a month; write it as yyyy-mm (e.g. 2026-03).");
}
