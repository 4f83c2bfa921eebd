using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Deposits.Lodging;
using Claims.Register;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims deposit lodge CARRIER --amount X [--on DATE]`: money a carrier paid in as its security deposit.</summary>
public static class DepositCommand
{
    public static Command Create()
    {
        var carrier = new Argument<string>("CARRIER") { Description = "The carrier's code (e.g. ZTO)" };
        var amount = new Option<string>("--amount") { Description = "The amount paid in", Required = true };
        var on = ClaimOptions.On();
        var reference = new Option<string?>("--reference") { Description = "The payment's reference" };
        var lodge = new Command("lodge", "Record a deposit paid in by a carrier (保证金)") { carrier, amount, on, reference };
        lodge.SetAction(async (parse, ct) =>
        {
            var paid = ClaimOptions.Amount(parse.GetRequiredValue(amount), "--amount");
            await using var services = await CliServices.StartAsync(parse, ct);
            var commands = services.Get<ClaimCommands>();
            var code = parse.GetRequiredValue(carrier).Trim().ToUpperInvariant();
            var outcome = await commands.LodgeDepositAsync(code,
                new LodgeDeposit(ClaimOptions.DateOr(parse.GetValue(on), commands.Today), paid, parse.GetValue(reference)), ClaimOptions.Actor, ct);
            if (outcome.Refusal is { } refusal)
                throw new CliException(refusal.Message);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{code}: deposit of {paid} lodged.");
            return ExitCodes.Ok;
        });
        return new Command("deposit", "Carrier security deposits") { lodge };
    }
}
