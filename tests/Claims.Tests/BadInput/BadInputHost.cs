using Claims.Contracts.IncidentFiles;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Tests.Register;

namespace Claims.Tests.BadInput;

/// <summary>What importing one file did: the summary, or the reason the whole file was refused.</summary>
internal sealed record ImportOutcome(ImportSummary? Summary, string? Refusal, TimeSpan Took, long PeakExtraBytes);

/// <summary>One database with the sample contracts for every bad-input test; imports go through the same path as the CLI.</summary>
public sealed class BadInputHost : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 4, 20);

    internal LifecycleHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LifecycleHost.StartAsync(Today);
        await Host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, new Actor("corpus"));
        // Warm up (JIT, connections) so the first corpus file is not timed with them.
        await ImportAsync(Path.Combine(Corpus.Folder, "header-only.csv"));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Imports as `claims import incidents` does; a file-level problem is the refusal, anything else escapes (a crash).</summary>
    internal async Task<ImportOutcome> ImportAsync(string path)
    {
        var import = Host.Get<ClaimImport>();
        var set = await import.ContractsAsync();
        using var memory = PeakMemory.Start();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var rows = IncidentFileReader.Read(path, c => set?.ResolveCarrier(c) ?? c.Trim().ToUpperInvariant());
            var summary = await import.ImportAsync(rows, new Actor("corpus"));
            return new ImportOutcome(summary, null, watch.Elapsed, memory.PeakExtraBytes);
        }
        catch (IncidentFileException e)
        {
            return new ImportOutcome(null, e.Message, watch.Elapsed, memory.PeakExtraBytes);
        }
    }

    internal async Task<List<string>> ClaimedAsync(IEnumerable<string> waybills)
    {
        var list = string.Join(",", waybills.Select(w => $"'{w.Replace("'", "''", StringComparison.Ordinal)}'"));
        return list.Length == 0 ? [] : await Host.RowsAsync($"select waybill from claims where waybill in ({list}) order by waybill");
    }
}

[CollectionDefinition(nameof(BadInputCollection), DisableParallelization = true)]
public sealed class BadInputCollection : ICollectionFixture<BadInputHost>;
