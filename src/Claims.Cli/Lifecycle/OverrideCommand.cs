using System.CommandLine;
using Claims.Lifecycle.Overriding;

namespace Claims.Cli.Lifecycle;

/// <summary>`claims override WAYBILL --amount X --reason R`: a manager's amount, kept beside the computed one.</summary>
public static class OverrideCommand
{
    public static Command Create()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var amount = new Option<string>("--amount") { Description = "The amount to claim instead of the computed one", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the amount is set by hand", Required = true };
        var currency = new Option<string?>("--currency") { Description = "The amount's currency, when no contract covers the claim (CNY, USD)" };
        var command = new Command("override", "Set the claim amount by hand with a reason (人工核定金额); the computed amount is kept")
        {
            waybill, direction, amount, reason, currency,
        };
        command.SetAction((parse, ct) =>
        {
            var value = ClaimOptions.Amount(parse.GetRequiredValue(amount), "--amount");
            var overriding = new OverrideAssessment(value, parse.GetRequiredValue(reason), parse.GetValue(currency)?.Trim().ToUpperInvariant());
            return ClaimOptions.RunAsync(parse, ct, parse.GetRequiredValue(waybill), parse.GetValue(direction),
                (c, _, _) => OverrideAssessmentHandler.Decide(c, overriding), $"amount set to {value} by hand");
        });
        return command;
    }
}
