using Claims.Contracts;
using Claims.Deposits.Lodging;

namespace Claims.Demo;

/// <summary>The shop before its first incident: contracts registered and deposits lodged.</summary>
internal static class DemoSetup
{
    public static async Task<ContractSet> ContractsAsync(DemoWorld world, string? folder, CancellationToken ct)
    {
        if (await world.Registry.GetAsync(ct) is { } registered)
            return registered;
        folder ??= SampleContracts.Find(Directory.GetCurrentDirectory())
            ?? throw new DemoRefusedException(
                $"No contracts are registered and no {SampleContracts.FolderName}/ folder was found here or above; load contracts first (claims contracts load DIR).");
        var loaded = await world.Contracts.LoadFolderAsync(folder, DemoPeople.Manager, ct);
        if (loaded.Errors.Count > 0)
            throw new DemoRefusedException($"The contracts in {folder} do not load: {string.Join("; ", loaded.Errors)}");
        return await world.Registry.GetAsync(ct) ?? throw new DemoRefusedException($"{folder} holds no contracts.");
    }

    /// <summary>Each carrier lodges its contract's deposit, except the worst one, which paid in only the minimum.</summary>
    public static async Task LodgeDepositsAsync(DemoWorld world, ContractSet set, IReadOnlyList<CarrierProfile> carriers, DateOnly on, CancellationToken ct)
    {
        foreach (var carrier in carriers)
        {
            if (DemoDays.Deposit(set, carrier.Code) is not { } deposit)
                continue;
            var amount = carrier.LodgesOnlyMinimum && deposit.MinimumBalance is { } minimum ? minimum : deposit.Amount;
            var outcome = await world.Commands.LodgeDepositAsync(carrier.Code, new LodgeDeposit(on, amount, "保证金首期"), DemoPeople.Finance, ct);
            if (outcome.Refusal is { } refusal)
                throw new InvalidOperationException($"Lodging the {carrier.Code} deposit was refused: {refusal.Message}");
        }
    }
}
