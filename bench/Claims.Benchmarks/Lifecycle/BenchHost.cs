using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>
/// The product's services, as the hosts register them and with Wolverine started (commands go through it), on the
/// benchmark's database with the sample contracts registered.
/// </summary>
internal static class BenchHost
{
    public static async Task<BenchServices> StartAsync(string connectionString, bool loadContracts = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddClaimsCore(await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = connectionString }));
        var host = builder.Build();
        await host.Services.MigrateClaimsSchemaAsync();
        await host.StartAsync();
        if (loadContracts)
            await host.Services.GetRequiredService<ContractRegistration>().LoadFolderAsync(Samples(), new Infrastructure.EventStore.Actor("bench"));
        return new BenchServices(host);
    }

    public static string Samples() =>
        Claims.Demo.SampleContracts.Find(AppContext.BaseDirectory) ?? Claims.Demo.SampleContracts.Find(Directory.GetCurrentDirectory())
        ?? throw new DirectoryNotFoundException("contracts-samples/ not found above the benchmark or the current directory");

    /// <summary>The repository root: the folder holding contracts-samples/.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(Samples())!;
}

/// <summary>A started host's services; disposing stops it.</summary>
internal sealed class BenchServices(IHost host) : IServiceProvider, IAsyncDisposable
{
    public object? GetService(Type serviceType) => host.Services.GetService(serviceType);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
