using Claims.Contracts;
using Claims.Contracts.Loading;
using Claims.Lifecycle;
using Npgsql;

namespace Claims.Register;

/// <summary>
/// The contract set registered in the store, rebuilt from the stored YAML texts and cached until a new registration
/// lands (registrations only ever add rows, so their count tells a stale cache).
/// </summary>
public sealed class ContractRegistry(NpgsqlDataSource dataSource)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long Count, ContractSet? Set) cache = (-1, null);

    /// <summary>The registered contract set, or null when none is registered yet.</summary>
    public async Task<ContractSet?> GetAsync(CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var count = new NpgsqlCommand("select count(*) from contracts", conn);
        var registered = (long)(await count.ExecuteScalarAsync(ct))!;
        if (cache.Count == registered)
            return cache.Set;
        await gate.WaitAsync(ct);
        try
        {
            var set = await LoadAsync(conn, ct);
            cache = (registered, set);
            return set;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The deadlines of the contract a claim was assessed under (none when it is unknown).</summary>
    public static ClaimTerms TermsFor(ContractSet? set, string? contractNumber)
    {
        var contract = set?.Contracts.FirstOrDefault(c => string.Equals(c.Number, contractNumber, StringComparison.OrdinalIgnoreCase));
        if (contract is null)
            return ClaimTerms.None;
        var d = contract.Deadlines;
        return new ClaimTerms(d.RespondWithinDays, d.DeemedAcceptedOnSilence, d.PayWithinDays, d.DeductFromDepositWhenOverdue);
    }

    private static async Task<ContractSet?> LoadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        // The newest registration of each contract number wins: a changed file replaces its older text.
        await using var command = new NpgsqlCommand(
            """
            select distinct on (number) file_name, yaml from contracts where yaml is not null
            order by number, registered_at desc, version desc
            """, conn);
        var texts = new List<ContractText>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                texts.Add(new ContractText(reader.GetString(0), reader.GetString(1)));
        }
        if (texts.Count == 0)
            return null;
        var result = ContractLoader.LoadTexts(texts);
        return result.Set ?? throw new InvalidOperationException(
            "The registered contracts no longer load together: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
    }
}
