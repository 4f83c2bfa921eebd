using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Register;

namespace Claims.Tests.Register;

/// <summary>The import writes several batches at once; the file's order must still decide which row is the duplicate.</summary>
public sealed class ImportBatchesTests
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    [Fact]
    public async Task a_row_repeating_a_shipment_of_the_batch_still_being_written_is_the_duplicate_and_the_first_row_is_kept()
    {
        await using var host = await LifecycleHost.StartAsync(Today);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, new Actor("lin"));
        // 500 rows a batch: the repeat lands in the second batch, written while the first may still be in flight.
        var rows = Enumerable.Range(0, 1_400).Select(i => Row(i, $"ZT{i:D5}", goods: 100m)).ToList();
        rows.Insert(700, Row(1_400, "ZT00002", goods: 999m));
        var import = host.Get<ClaimImport>();

        var first = await import.ImportAsync(rows, new Actor("lin"));
        var again = await import.ImportAsync(rows, new Actor("lin"));

        Assert.Equal((1_400, 1, 0), (first.Created, first.Duplicates, first.Invalid));
        Assert.Equal((0, 1_401), (again.Created, again.Duplicates));
        Assert.Equal(["100"], await host.RowsAsync("select facts->>'goodsValue' from claims where waybill = 'ZT00002'"));
        Assert.Equal(["1400|1400"], await host.RowsAsync("select count(*), count(distinct id) from claims"));
    }

    private static IncidentRow Row(int i, string waybill, decimal goods) => new(i + 2,
        new Incident(waybill, "ZTO", IncidentType.Lost, Direction.Forward, Today.AddDays(-6), Today.AddDays(-3), GoodsValue: goods, Freight: 8m),
        waybill, "ZTO", null);
}
