using System.Runtime.CompilerServices;
using Claims.Contracts.IncidentFiles;
using Claims.Contracts.Model;
using Claims.Contracts.Volumes;

namespace Claims.Contracts.Tests.IncidentFiles;

/// <summary>The files in contracts-samples/ are what a new user tries first: every row must read cleanly.</summary>
public sealed class SampleFilesTests
{
    private static string Samples([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "contracts-samples"));

    [Fact]
    public void the_sample_incidents_cover_every_carrier_incident_type_and_direction_without_an_invalid_row()
    {
        var rows = IncidentFileReader.Read(Path.Combine(Samples(), "incidents.csv"), Carriers.Resolve).ToList();

        Assert.All(rows, r => Assert.Null(r.Error));
        var incidents = rows.Select(r => r.Incident!).ToList();
        Assert.Equal(["CAINIAO", "FDX", "JD", "SF", "YTO", "ZTO"], incidents.Select(i => i.CarrierCode).Distinct().Order());
        Assert.Equal(Enum.GetValues<IncidentType>(), incidents.Select(i => i.Type).Distinct().Order());
        Assert.Equal([Direction.Forward, Direction.Return], incidents.Select(i => i.Direction).Distinct().Order());
        Assert.Contains(incidents, i => i.DeclaredValue > 0);
        Assert.Contains(incidents, i => i.Type == IncidentType.Late && i.DaysLate > 0);
        Assert.All(incidents, i => Assert.Equal(2026, i.ShippedOn.Year));
        Assert.Equal(rows.Count, incidents.Select(i => (i.CarrierCode, i.Waybill, i.Direction)).Distinct().Count());
    }

    [Fact]
    public void the_gbk_sample_reads_cleanly_with_chinese_headers_and_names()
    {
        var rows = IncidentFileReader.Read(Path.Combine(Samples(), "incidents-gbk.csv"), Carriers.Resolve).ToList();

        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Contains(rows, r => r.Incident!.Direction == Direction.Return);
        Assert.Equal("保价平板电脑丢失", rows[0].Incident!.Note);
    }

    [Fact]
    public void the_sample_volumes_give_twelve_months_for_each_of_the_six_carriers()
    {
        var rows = VolumeFileReader.Read(Path.Combine(Samples(), "volumes.csv"), Carriers.Resolve).ToList();

        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Equal(72, rows.Select(r => (r.Carrier, r.Year, r.Month)).Distinct().Count());
        Assert.All(rows, r => Assert.InRange(r.Parcels!.Value, 20_000, 400_000));
    }
}
