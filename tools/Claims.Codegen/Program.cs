using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using JasperFx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;

// Usage: Claims.Codegen OUTPUT-FOLDER
// Builds the product's services exactly as the hosts do (no database is opened) and lets Wolverine write the code of
// every handler chain, as its `codegen write` command does.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Claims.Codegen OUTPUT-FOLDER (src/Claims/Internal/Generated)");
    return 2;
}
var output = Path.GetFullPath(args[0]);
await using var database = await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = "Host=localhost;Database=codegen" });
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Services.AddClaimsCore(database);
builder.Services.AddWolverineRuntimeCompilation();
builder.Services.ConfigureWolverine(opts => opts.CodeGeneration.GeneratedCodeOutputPath = output);
using var host = builder.Build();
return await host.RunJasperFxCommands(["codegen", "write"]);
