using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Claims.Infrastructure.Schema;
using Claims.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Lifecycle;

/// <summary>The product's services, as the hosts register them, on the benchmark's database with the sample contracts registered.</summary>
internal static class BenchHost
{
    public static async Task<ServiceProvider> StartAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddClaimsCore(await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = connectionString }));
        var provider = services.BuildServiceProvider();
        await provider.MigrateClaimsSchemaAsync();
        var folder = Samples();
        await provider.GetRequiredService<ContractRegistration>().LoadFolderAsync(folder, new Infrastructure.EventStore.Actor("bench"));
        return provider;
    }

    public static string Samples() =>
        Claims.Demo.SampleContracts.Find(AppContext.BaseDirectory) ?? Claims.Demo.SampleContracts.Find(Directory.GetCurrentDirectory())
        ?? throw new DirectoryNotFoundException("contracts-samples/ not found above the benchmark or the current directory");

    /// <summary>The repository root: the folder holding contracts-samples/.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(Samples())!;
}
