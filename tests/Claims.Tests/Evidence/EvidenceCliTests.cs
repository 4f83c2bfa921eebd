using System.Globalization;
using System.Text.Json;
using Claims.Testing;
using Claims.Tests.Register;

namespace Claims.Tests.Evidence;

public sealed class EvidenceCliTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static Task<CliRun> Claims(string cs, params string[] args) => CliRun.RunAsync(cs, args);

    private static async Task<string> StoreWithClaimAsync(string waybill)
    {
        var cs = await TestPostgres.CreateDatabaseAsync("evidence-cli");
        Assert.Equal(0, (await Claims(cs, "contracts", "load", Repo.Samples)).Exit);
        string D(int daysAgo) => Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(csv, [
            "waybill,carrier,incident,direction,shippedOn,incidentOn,goodsValue,declaredValue,freight,claimedAmount,weightKg,daysLate,orderId,note",
            $"{waybill},ZTO,damaged,forward,{D(4)},{D(2)},300.00,0,10.00,,1.0,,TB1,",
        ]);
        Assert.Equal(0, (await Claims(cs, "import", "incidents", csv)).Exit);
        return cs;
    }

    [Fact]
    public async Task attached_files_are_listed_by_show_with_type_size_and_hash_and_a_wrong_one_is_refused_beside_them()
    {
        var cs = await StoreWithClaimAsync("ZT600001");
        var photo = TinyFiles.Write("crushed-box.jpg", TinyFiles.Jpeg);
        var fake = TinyFiles.Write("receipt.png", TinyFiles.Pdf());
        var waybill = TinyFiles.Write("waybill.pdf", TinyFiles.Pdf());

        var attach = await Claims(cs, "attach", "ZT600001", photo, fake, waybill);
        Assert.Equal(2, attach.Exit);
        Assert.Contains("receipt.png is named as a PNG but its content is a PDF: rename it to receipt.pdf", attach.Err, StringComparison.Ordinal);
        Assert.Contains("crushed-box.jpg: image/jpeg, 631 B, sha256 ", attach.Out, StringComparison.Ordinal);

        var again = await Claims(cs, "attach", "ZT600001", photo);
        Assert.Equal(0, again.Exit);
        Assert.Contains("already attached", again.Out, StringComparison.Ordinal);

        var show = await Claims(cs, "show", "ZT600001");
        Assert.Contains("evidence (2)", show.Out, StringComparison.Ordinal);
        Assert.Contains("  crushed-box.jpg  image/jpeg, 631 B, sha256 ", show.Out, StringComparison.Ordinal);
        Assert.Contains("  waybill.pdf  application/pdf", show.Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse((await Claims(cs, "show", "ZT600001", "--format", "json")).Out).RootElement;
        Assert.Equal(2, json.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task an_override_is_shown_beside_the_computed_amount_and_a_note_lands_on_the_timeline()
    {
        var cs = await StoreWithClaimAsync("ZT600002");
        var computed = JsonDocument.Parse((await Claims(cs, "show", "ZT600002", "--format", "json")).Out).RootElement.GetProperty("amount").GetDecimal();

        var overridden = await Claims(cs, "override", "ZT600002", "--amount", "250.00", "--reason", "carrier photos show inner box intact");
        Assert.Equal(0, overridden.Exit);
        Assert.Equal(0, (await Claims(cs, "note", "ZT600002", "客户已补充开箱视频")).Exit);

        var show = await Claims(cs, "show", "ZT600002");
        Assert.Contains($"set by hand: 250.00 CNY (carrier photos show inner box intact); computed {computed.ToString(CultureInfo.InvariantCulture)}", show.Out, StringComparison.Ordinal);
        Assert.Contains("客户已补充开箱视频", show.Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse((await Claims(cs, "show", "ZT600002", "--format", "json")).Out).RootElement;
        Assert.Equal(250.00m, json.GetProperty("amount").GetDecimal());
        Assert.Equal(computed, json.GetProperty("assessedAmount").GetDecimal());
    }

    [Fact]
    public async Task refusals_of_attach_override_and_note_say_what_to_do()
    {
        var cs = await StoreWithClaimAsync("ZT600003");
        var missingFile = await Claims(cs, "attach", "ZT600003", "/nowhere/photo.jpg");
        Assert.Equal((2, "Cannot read /nowhere/photo.jpg: the file does not exist."), (missingFile.Exit, missingFile.Err.Trim()));
        var unknownClaim = await Claims(cs, "attach", "NOPE9", TinyFiles.Write("a.jpg", TinyFiles.Jpeg));
        Assert.Contains("no claim for waybill NOPE9", unknownClaim.Err, StringComparison.Ordinal);
        var empty = await Claims(cs, "attach", "ZT600003", TinyFiles.Write("empty.jpg", []));
        Assert.Contains("empty.jpg is empty", empty.Err, StringComparison.Ordinal);

        var negative = await Claims(cs, "override", "ZT600003", "--amount", "-5", "--reason", "typo");
        Assert.Equal((2, "The amount cannot be negative."), (negative.Exit, negative.Err.Trim()));
        var notAmount = await Claims(cs, "override", "ZT600003", "--amount", "lots", "--reason", "x");
        Assert.Contains("write it like 36.50", notAmount.Err, StringComparison.Ordinal);
        var blank = await Claims(cs, "override", "ZT600003", "--amount", "5", "--reason", " ");
        Assert.Contains("Say why", blank.Err, StringComparison.Ordinal);
        var otherCurrency = await Claims(cs, "override", "ZT600003", "--amount", "5", "--reason", "fx", "--currency", "usd");
        Assert.Contains("The claim is in CNY, not USD.", otherCurrency.Err, StringComparison.Ordinal);

        var emptyNote = await Claims(cs, "note", "ZT600003", "  ");
        Assert.Equal((2, "The note is empty."), (emptyNote.Exit, emptyNote.Err.Trim()));
        Assert.Equal(0, (await Claims(cs, "close", "ZT600003")).Exit);
        var closed = await Claims(cs, "override", "ZT600003", "--amount", "5", "--reason", "late");
        Assert.Contains("reopen it before you change its amount", closed.Err, StringComparison.Ordinal);
    }
}
