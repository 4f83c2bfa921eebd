using System.CommandLine;
using System.Globalization;
using Claims.Cli.Hosting;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Register;

namespace Claims.Cli.Lifecycle;

/// <summary>The arguments and options the lifecycle commands share, and how one runs against a claim.</summary>
internal static class ClaimOptions
{
    public static Argument<string> Waybill() => new("WAYBILL") { Description = "The claim's waybill number (运单号)" };

    public static Option<string?> Direction() => new("--direction")
    {
        Description = "forward or return: required when the waybill has both a forward and a return claim",
    };

    public static Option<string?> On() => new("--on") { Description = "The business date it happened (yyyy-MM-dd; default today)" };

    public static Actor Actor => new(Environment.UserName);

    public static DateOnly DateOr(string? text, DateOnly today, string option = "--on") =>
        text is null ? today
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"{option} {text} is not a date; write it as yyyy-MM-dd.");

    public static Direction? ParseDirection(string? text) =>
        text is null ? null : DirectionNames.Parse(text) ?? throw new CliException($"--direction {text}: write forward or return.");

    public static decimal Amount(string text, string option) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new CliException($"{option} {text} is not an amount; write it like 36.50.");

    /// <summary>Resolve the waybill to its claim, decide, append; a refusal is exit 2 with its message.</summary>
    public static async Task<int> RunAsync(
        ParseResult parse, CancellationToken ct, string waybill, string? direction,
        Func<ClaimState, ClaimTerms, DateOnly, Decision> decide, string done)
    {
        var dir = ParseDirection(direction);
        await using var services = await CliServices.StartAsync(parse, ct);
        var commands = services.Get<ClaimCommands>();
        var (id, notFound) = await commands.ResolveAsync(Waybills.Normalize(waybill), dir, ct);
        if (notFound is not null)
            throw new CliException(notFound.Message);
        var outcome = await commands.RunAsync(id!, Actor, decide, ct);
        if (outcome.Refusal is { } refusal)
            throw new CliException(refusal.Message);
        await parse.InvocationConfiguration.Output.WriteLineAsync($"{waybill}: {done}.");
        return ExitCodes.Ok;
    }
}
