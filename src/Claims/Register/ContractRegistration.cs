using Claims.Carriers;
using Claims.Contracts.Loading;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;

namespace Claims.Register;

/// <summary>What `contracts load` did: contract numbers registered, those already registered unchanged, or the file errors.</summary>
public sealed record ContractLoadSummary(IReadOnlyList<string> Registered, IReadOnlyList<string> Unchanged, IReadOnlyList<ContractError> Errors);

/// <summary>Registers a folder of contract files on the carrier streams: the same file (SHA-256) twice registers nothing.</summary>
public sealed class ContractRegistration(EventStore store)
{
    public async Task<ContractLoadSummary> LoadFolderAsync(string folder, Actor actor, CancellationToken ct = default)
    {
        var result = ContractLoader.LoadFolder(folder);
        if (result.Set is not { } set)
            return new ContractLoadSummary([], [], result.Errors);
        var session = store.LightweightSession(actor);
        List<string> registered = [], unchanged = [];
        foreach (var carrier in set.Contracts.GroupBy(c => c.CarrierCode))
        {
            var stream = await session.Events.FetchForWriting<CarrierState>(CarrierState.StreamId(carrier.Key), ct);
            var known = stream.Aggregate.Contracts.Select(c => c.Sha256).ToHashSet(StringComparer.Ordinal);
            foreach (var contract in carrier.OrderBy(c => c.Effective))
            {
                if (!known.Add(contract.Sha256))
                {
                    unchanged.Add(contract.Number);
                    continue;
                }
                stream.AppendOne(Registered(contract, await File.ReadAllTextAsync(contract.SourceFile, ct)));
                registered.Add(contract.Number);
            }
        }
        await session.SaveChangesAsync(ct);
        return new ContractLoadSummary(registered, unchanged, []);
    }

    private static ContractRegistered Registered(Contract c, string text) => new(
        c.CarrierCode, c.CarrierName, c.Number, c.Effective, c.Expires, c.Currency, Path.GetFileName(c.SourceFile), c.Sha256,
        c.Deposit?.Amount, c.Deposit?.MinimumBalance, c.Deposit?.TopUpWithinDays, text.TrimStart('\uFEFF'));
}
