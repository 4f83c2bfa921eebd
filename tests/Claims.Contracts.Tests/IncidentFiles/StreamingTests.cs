using System.Diagnostics;
using System.Text;
using Claims.Contracts.IncidentFiles;
using Xunit.Abstractions;

namespace Claims.Contracts.Tests.IncidentFiles;

/// <summary>Runs alone: it measures the whole process's heap, which tests running beside it would grow.</summary>
[CollectionDefinition("heap measured", DisableParallelization = true)]
public sealed class HeapMeasuredCollection;

[Collection("heap measured")]
public sealed class StreamingTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 200_000;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void a_200k_row_file_is_read_row_by_row_in_bounded_memory()
    {
        var path = folder.File("big.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("waybill,carrier,incident,direction,shippedOn,goodsValue,freight,note\n");
            for (var i = 0; i < Rows; i++)
            {
                writer.Write($"ZT{i:D12},中通快递,破损,正向,2026-03-{1 + (i % 28):D2},{i % 900}.50,8,外包装破损 第{i}件\n");
            }
        }

        var clock = Stopwatch.StartNew();
        long before = 0, during = 0;
        var count = 0;
        var lastLine = 0;
        foreach (var row in IncidentFileReader.Read(path, Carriers.Resolve))
        {
            Assert.Null(row.Error);
            count++;
            lastLine = row.Line;
            if (count == 1_000)
            {
                before = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count == Rows - 1_000)
            {
                during = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        clock.Stop();
        output.WriteLine($"{count:N0} rows in {clock.Elapsed.TotalSeconds:F2} s; heap grew {during - before:N0} bytes");
        Assert.Equal((Rows, Rows + 1), (count, lastLine));
        // The file is ~15 MB; holding its rows would add far more than this.
        Assert.True(during - before < 2_000_000, $"memory grew by {during - before:N0} bytes while reading");
    }
}
