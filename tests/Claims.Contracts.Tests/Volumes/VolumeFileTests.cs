using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Tests.IncidentFiles;
using Claims.Contracts.Volumes;

namespace Claims.Contracts.Tests.Volumes;

public sealed class VolumeFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<VolumeRow> Read(string path) => VolumeFileReader.Read(path, Carriers.Resolve).ToList();

    [Fact]
    public void english_and_chinese_headers_give_each_carrier_month()
    {
        var english = Read(folder.Write("v.csv", "carrier,month,parcels,freight\nZTO,2026-01,182000,\"1,091,500.00\"\nFDX,2026-02,21000,\n"));
        var chinese = Read(folder.Write("v-gbk.csv", "承运商,月份,件数,运费\n中通快递,2026年1月,182000,1091500\nFDX,2026/2,21000,\n", TempFolder.Gbk));

        Assert.Equal(
            [new VolumeRow(2, "ZTO", 2026, 1, 182_000, 1_091_500m, null), new VolumeRow(3, "FDX", 2026, 2, 21_000, null, null)],
            english);
        Assert.Equal(english, chinese);
    }

    [Fact]
    public void bad_rows_are_reported_with_their_line_and_the_rest_are_read()
    {
        var rows = Read(folder.Write("v.csv", "快递公司,月份,件数,运费\nXX,2026-13,1.5,-3\nSF,2026-03,,10\nSF,2026-04,5000,10\n"));

        Assert.Equal(
            [
                (2, "unknown carrier 'XX' (no contract names it); bad month '2026-13' in month (月份) (use yyyy-mm); "
                    + "bad number of parcels '1.5' in parcels (件数) (a whole number is needed); negative amount '-3' in freight (运费)"),
                (3, "missing parcels (件数)"),
                (4, null),
            ],
            rows.Select(r => (r.Line, r.Error)));
    }

    [Fact]
    public void a_month_excel_turned_into_a_date_is_read_as_that_month()
    {
        var path = folder.File("v.xlsx");
        XlsxFile.Write(path, [(1, ["carrier", "month", "parcels", "freight"]), (2, ["JD", new DateOnly(2026, 3, 1), 64000, 512000.5m])]);

        Assert.Equal(new VolumeRow(2, "JD", 2026, 3, 64_000, 512_000.5m, null), Assert.Single(Read(path)));
    }

    [Fact]
    public void a_volumes_file_without_a_parcels_column_is_a_file_error()
    {
        var path = folder.Write("v.csv", "carrier,month,freight\nSF,2026-01,100\n");

        var error = Assert.Throws<IncidentFileException>(() => Read(path));

        Assert.Contains("parcels (件数)", error.Message, StringComparison.Ordinal);
    }
}
