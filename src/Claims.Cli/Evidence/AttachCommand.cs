using System.CommandLine;
using Claims.Cli.Hosting;
using Claims.Cli.Lifecycle;
using Claims.Evidence;
using Claims.Register;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Cli.Evidence;

/// <summary>
/// `claims attach WAYBILL FILE...`: photos, screenshots and PDFs kept with the claim. Each file is checked on its own;
/// the good ones are attached even when another is refused (exit 2 then, with each refusal on stderr).
/// </summary>
public static class AttachCommand
{
    public static Command Create()
    {
        var (waybill, direction) = (ClaimOptions.Waybill(), ClaimOptions.Direction());
        var files = new Argument<string[]>("FILE") { Description = "Files to attach: JPEG, PNG, GIF, WebP, HEIC or PDF", Arity = ArgumentArity.OneOrMore };
        var command = new Command("attach", "Attach evidence files to a claim (上传证据: photos, screenshots, PDFs)") { waybill, files, direction };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetRequiredValue(files);
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
                throw new CliException($"Cannot read {missing}: the file does not exist.");
            var dir = ClaimOptions.ParseDirection(parse.GetValue(direction));
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            await using var services = await CliServices.StartAsync(parse, ct, s => s.AddSingleton<IConfiguration>(configuration));
            var (id, notFound) = await services.Get<ClaimCommands>().ResolveAsync(Claims.Contracts.Model.Waybills.Normalize(parse.GetRequiredValue(waybill)), dir, ct);
            if (notFound is not null)
                throw new CliException(notFound.Message);
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var refused = 0;
            foreach (var path in paths)
            {
                var started = DateTimeOffset.UtcNow;
                try
                {
                    await using var file = File.OpenRead(path);
                    var item = await services.Get<EvidenceStore>().AttachAsync(id!, Path.GetFileName(path), file, ClaimOptions.Actor, ct);
                    var already = item.AttachedAt < started ? $" — already attached {item.AttachedAt:yyyy-MM-dd} by {item.AttachedBy}" : "";
                    await output.WriteLineAsync($"{item.FileName}: {EvidenceLine.Describe(item)}{already}");
                }
                catch (EvidenceRejectedException ex)
                {
                    refused++;
                    await error.WriteLineAsync(ex.Message);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    refused++;
                    await error.WriteLineAsync($"Cannot read {path}: {ex.Message}");
                }
            }
            return refused == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }
}
