using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Ending;
using Claims.Lifecycle.Filing;
using Claims.Lifecycle.Paying;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims file|respond|pay|waive|close|reopen WAYBILL`: the steps of a claim's life (CLI.md).</summary>
public static class LifecycleCommands
{
    public static IEnumerable<Command> Create() => [File(), Respond(), Pay(), Waive(), Close(), Reopen()];

    private static Command File()
    {
        var (waybill, direction, on) = (ClaimOptions.Waybill(), ClaimOptions.Direction(), ClaimOptions.On());
        var command = new Command("file", "File the claim with the carrier (向承运商提交索赔)") { waybill, direction, on };
        command.SetAction((parse, ct) => ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
            (c, terms, today) => FileClaimHandler.Decide(c, new FileClaim(ClaimOptions.DateOr(parse.GetValue(on), today)), terms, today), "filed"));
        return command;
    }

    private static Command Respond()
    {
        var (waybill, direction, on) = (ClaimOptions.Waybill(), ClaimOptions.Direction(), ClaimOptions.On());
        var accept = new Option<bool>("--accept") { Description = "The carrier accepted (the claim amount, its counter-offer, or --amount)" };
        var amount = new Option<string?>("--amount") { Description = "The amount accepted, with --accept" };
        var dispute = new Option<string?>("--dispute") { Description = "The carrier disputes the claim, for this reason" };
        var counter = new Option<string?>("--counter") { Description = "The carrier offers this amount instead" };
        var reason = new Option<string?>("--reason") { Description = "Why the carrier offers that amount, with --counter" };
        var command = new Command("respond", "Record the carrier's answer: --accept [--amount X], --dispute REASON or --counter X [--reason R]")
        {
            waybill, direction, accept, amount, dispute, counter, reason, on,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (isAccept, disputed, offer) = (parse.GetValue(accept), parse.GetValue(dispute), parse.GetValue(counter));
            if ((isAccept ? 1 : 0) + (disputed is null ? 0 : 1) + (offer is null ? 0 : 1) != 1)
                throw new CliException("Give exactly one of --accept, --dispute REASON or --counter X.");
            var accepted = parse.GetValue(amount) is { } a ? ClaimOptions.Amount(a, "--amount") : (decimal?)null;
            var offered = offer is null ? 0m : ClaimOptions.Amount(offer, "--counter");
            decimal? claimed = null;
            var code = await ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction), (c, terms, today) =>
            {
                var date = ClaimOptions.DateOr(parse.GetValue(on), today);
                claimed = c.ClaimAmount;
                return isAccept ? RecordAnswerHandler.Decide(c, new RecordAcceptance(date, accepted), terms, today)
                    : disputed is not null ? RecordAnswerHandler.Decide(c, new RecordDispute(date, disputed), today)
                    : RecordAnswerHandler.Decide(c, new RecordCounterOffer(date, offered, parse.GetValue(reason)), today);
            }, "answer recorded");
            // Recorded as the carrier said it, but an offer above the claim is worth a second look.
            if (offer is not null && offered > claimed)
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Note: the counter-offer {offered} is more than the {claimed} claimed.");
            return code;
        });
        return command;
    }

    private static Command Pay()
    {
        var (waybill, direction, on) = (ClaimOptions.Waybill(), ClaimOptions.Direction(), ClaimOptions.On());
        var amount = new Option<string>("--amount") { Description = "The amount received", Required = true };
        var reference = new Option<string?>("--reference") { Description = "The payment's reference (bank transfer, statement line)" };
        var command = new Command("pay", "Record a payment received from the carrier (赔款到账)") { waybill, direction, amount, on, reference };
        command.SetAction((parse, ct) =>
        {
            var paid = ClaimOptions.Amount(parse.GetRequiredValue(amount), "--amount");
            return ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction), (c, _, today) =>
                RecordPaymentHandler.Decide(c, new RecordPayment(ClaimOptions.DateOr(parse.GetValue(on), today), paid, parse.GetValue(reference)), today),
                "payment recorded");
        });
        return command;
    }

    private static Command Waive()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var reason = new Option<string>("--reason") { Description = "Why the claim is given up", Required = true };
        var command = new Command("waive", "Give up the claim, with a reason (放弃索赔)") { waybill, direction, reason };
        command.SetAction((parse, ct) => ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
            (c, _, _) => EndClaimHandler.Decide(c, new WaiveClaim(parse.GetRequiredValue(reason))), "waived"));
        return command;
    }

    private static Command Close()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var reason = new Option<string?>("--reason") { Description = "Why the claim is closed (optional)" };
        var command = new Command("close", "Close the claim (结案)") { waybill, direction, reason };
        command.SetAction((parse, ct) => ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
            (c, _, _) => EndClaimHandler.Decide(c, new CloseClaim(parse.GetValue(reason))), "closed"));
        return command;
    }

    private static Command Reopen()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var reason = new Option<string>("--reason") { Description = "Why the claim is reopened", Required = true };
        var command = new Command("reopen", "Reopen a closed or waived claim, with a reason") { waybill, direction, reason };
        command.SetAction((parse, ct) => ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
            (c, _, _) => EndClaimHandler.Decide(c, new ReopenClaim(parse.GetRequiredValue(reason))), "reopened"));
        return command;
    }
}
