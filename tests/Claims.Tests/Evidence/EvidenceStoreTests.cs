using Claims.Contracts.Model;
using Claims.Evidence;
using Claims.Infrastructure.EventStore;
using Claims.Register;
using Claims.Tests.Register;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Claims.Tests.Evidence;

public sealed class EvidenceStoreTests
{
    private static readonly DateOnly Today = new(2026, 4, 12);
    private static readonly Actor Lin = new("lin");

    private static async Task<(LifecycleHost Host, string ClaimId)> HostWithClaimAsync(string waybill = "ZT500001")
    {
        var host = await LifecycleHost.StartAsync(Today);
        await host.Get<ContractRegistration>().LoadFolderAsync(Repo.Samples, Lin);
        var reported = await host.Get<ClaimReporting>().ReportAsync(
            new Incident(waybill, "ZTO", IncidentType.Damaged, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                GoodsValue: 300m, Freight: 10m, WeightKg: 1m), Lin);
        return (host, reported.ClaimId);
    }

    private static Task<EvidenceItem> Attach(LifecycleHost host, string claimId, string name, byte[] bytes) =>
        host.Get<EvidenceStore>().AttachAsync(claimId, name, new MemoryStream(bytes), Lin, CancellationToken.None);

    private static async Task<string> RefusalAsync(Func<Task> attach) =>
        (await Assert.ThrowsAsync<EvidenceRejectedException>(attach)).Message;

    [Fact]
    public async Task a_photo_and_a_pdf_are_kept_with_their_type_size_and_hash_and_can_be_opened_again()
    {
        var (host, claimId) = await HostWithClaimAsync();
        await using var _ = host;
        var pdf = TinyFiles.Pdf();
        await Attach(host, claimId, "box.jpg", TinyFiles.Jpeg);
        await Attach(host, claimId, "C:\\scans\\waybill.PDF", pdf);
        await Attach(host, claimId, "label.png", TinyFiles.Png);

        var items = await host.Get<EvidenceStore>().ListAsync(claimId, CancellationToken.None);
        Assert.Equal(["box.jpg|image/jpeg", "waybill.PDF|application/pdf", "label.png|image/png"], items.Select(i => $"{i.FileName}|{i.ContentType}"));
        Assert.Equal(pdf.LongLength, items[1].SizeBytes);
        Assert.All(items, i => Assert.Equal("lin", i.AttachedBy));
        var opened = await host.Get<EvidenceStore>().OpenAsync(items[1].Sha256, CancellationToken.None);
        Assert.Equal(pdf, opened!.Bytes);
        Assert.Equal("application/pdf", opened.ContentType);
        Assert.Null(await host.Get<EvidenceStore>().OpenAsync(new string('0', 64), CancellationToken.None));
    }

    [Fact]
    public async Task the_same_file_twice_and_on_another_claim_is_stored_once_and_recorded_once_per_claim()
    {
        var (host, claimId) = await HostWithClaimAsync();
        await using var _ = host;
        var other = (await host.Get<ClaimReporting>().ReportAsync(
            new Incident("ZT500002", "ZTO", IncidentType.Lost, Direction.Forward, new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 10),
                GoodsValue: 80m, Freight: 8m, WeightKg: 1m), Lin)).ClaimId;
        await Attach(host, claimId, "box.jpg", TinyFiles.Jpeg);
        await Attach(host, claimId, "box-again.jpg", TinyFiles.Jpeg);
        await Attach(host, other, "box.jpg", TinyFiles.Jpeg);

        Assert.Equal(1L, await host.ScalarAsync("select count(*) from evidence_files"));
        Assert.Equal(2L, await host.ScalarAsync("select count(*) from mt_events where type = 'EvidenceAttached'"));
        Assert.Single(await host.Get<EvidenceStore>().ListAsync(claimId, CancellationToken.None));
    }

    [Fact]
    public async Task a_file_whose_content_is_not_what_its_extension_says_is_refused_and_nothing_is_stored()
    {
        var (host, claimId) = await HostWithClaimAsync();
        await using var _ = host;
        var message = await RefusalAsync(() => Attach(host, claimId, "photo.jpg", TinyFiles.Pdf()));
        Assert.Equal("photo.jpg is named as a JPEG but its content is a PDF: rename it to photo.pdf or attach the file you meant.", message);
        Assert.Contains("rename it to scan.png", await RefusalAsync(() => Attach(host, claimId, "scan", TinyFiles.Png)), StringComparison.Ordinal);
        var text = await RefusalAsync(() => Attach(host, claimId, "chat.txt", "the parcel arrived crushed"u8.ToArray()));
        Assert.Contains("claims note", text, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from evidence_files"));
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from mt_events where type = 'EvidenceAttached'"));
    }

    [Fact]
    public async Task an_empty_file_a_file_over_the_limit_and_an_unknown_claim_are_refused_with_what_to_do()
    {
        var (host, claimId) = await HostWithClaimAsync();
        await using var _ = host;
        Assert.Equal("empty.png is empty (0 bytes): check that it was saved or downloaded completely.",
            await RefusalAsync(() => Attach(host, claimId, "empty.png", [])));
        // 20 MB and one byte, read from a stream that cannot say its length: reading stops at the limit.
        var tooLarge = new OneWayStream([.. TinyFiles.Jpeg, .. new byte[EvidenceOptions.DefaultMaxBytes + 1 - TinyFiles.Jpeg.Length]]);
        var large = await RefusalAsync(() => host.Get<EvidenceStore>().AttachAsync(claimId, "big.jpg", tooLarge, Lin, CancellationToken.None));
        Assert.Contains("larger than the 20 MB limit", large, StringComparison.Ordinal);
        Assert.True(tooLarge.Position <= EvidenceOptions.DefaultMaxBytes + 81920);
        var small = new EvidenceStore(host.Get<EventStore>(), host.Get<NpgsqlDataSource>(), new EvidenceOptions(100), TimeProvider.System);
        var overSmall = await Assert.ThrowsAsync<EvidenceRejectedException>(() =>
            small.AttachAsync(claimId, "box.jpg", new MemoryStream(TinyFiles.Jpeg), Lin, CancellationToken.None));
        Assert.Contains("100 B limit", overSmall.Message, StringComparison.Ordinal);
        var unknown = await RefusalAsync(() => Attach(host, "claim:ZTO:NOPE:forward", "box.jpg", TinyFiles.Jpeg));
        Assert.Contains("no such claim", unknown, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync("select count(*) from evidence_files"));
    }

    [Fact]
    public void the_limit_is_read_from_configuration_and_a_bad_value_says_what_to_write()
    {
        Assert.Equal(1000L, EvidenceOptions.From(Config("1000")).MaxBytes);
        Assert.Equal(EvidenceOptions.DefaultMaxBytes, EvidenceOptions.From(Config(null)).MaxBytes);
        var bad = Assert.Throws<InvalidOperationException>(() => EvidenceOptions.From(Config("20MB")));
        Assert.Contains("whole number of bytes", bad.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(string? max) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(max is null ? [] : [new("Evidence:MaxBytes", max)]).Build();

    /// <summary>A stream that can only be read forwards, like an HTTP upload.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
