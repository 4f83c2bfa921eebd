using System.Globalization;
using Claims.Documents.Tests.Support;

namespace Claims.Tests.Finance;

public sealed class PacketTests
{
    private static readonly Lazy<Task<string>> ClaimPacket = new(async () =>
    {
        var store = await FinanceStore.GetAsync();
        var path = Paths.Artifacts("finance-claim-packet.pdf");
        var run = await store.ClaimsAsync("packet", "--claim", "ZT910001", "-o", path);
        Assert.True(run.Exit == 0, run.Err);
        Poppler.RenderFirstPage(path, Paths.Artifacts("finance-claim-packet.png"));
        return path;
    });

    [Fact]
    public async Task a_claim_packet_names_the_carrier_the_clause_with_its_page_and_the_amount()
    {
        var text = Poppler.Text(await ClaimPacket.Value);
        Assert.Contains("中通快递", text);
        Assert.Contains("ZTO-SH-2026-017.pdf", text); // the signed contract's document
        Assert.Contains("clause 4.3, page 4", text);
        Assert.Contains("第 4 页 第 4.3 条", text);
        Assert.Contains("CNY 36.00", text); // lost, uninsured: 3 × freight 12.00
        Assert.Contains("min(", text); // the calculation trace
    }

    [Fact]
    public async Task a_claim_packet_shows_the_timeline_with_who_and_when_and_a_signature_block()
    {
        var text = Poppler.Text(await ClaimPacket.Value);
        Assert.Contains("Claim filed", text);
        Assert.Contains("Deducted from deposit", text);
        Assert.Contains("答复截止 answer due", text); // the details are read in Chinese too, not English only
        // 经办人 is the person as finance knows them, not the sign-in name the events record; the scheduled worker is 系统.
        Assert.Contains(FinanceStore.DisplayName, text);
        Assert.DoesNotMatch($@"\b{System.Text.RegularExpressions.Regex.Escape(Environment.UserName)}\b", text);
        Assert.Contains(FinanceStore.D(19), text); // the business date of the filing
        Assert.Contains("For the carrier", text);
        Assert.Contains("Signature", text);
        Assert.Matches(@"page 1 of \d", text);
        // Chinese beside every English word a person reads (issue 11): the scheduled worker, the footer.
        Assert.Contains("系统 system", text);
        Assert.DoesNotMatch(@"(?<!系统 )\bsystem\b", text);
        Assert.Contains("生成于 Produced", text);
    }

    [Fact]
    public async Task a_claim_packet_lists_the_evidence_with_picture_thumbnails()
    {
        var path = await ClaimPacket.Value;
        var text = Poppler.Text(path);
        Assert.Contains("Evidence (2)", text);
        Assert.Matches(@"[0-9a-f]{32}-box-crushed\.png", text);
        Assert.Contains("image/png", text);
        var images = Tool.Run("pdfimages", ["-list", path]).Output.Split('\n').Skip(2).Count(l => l.Trim().Length > 0);
        Assert.Equal(2, images);
    }

    [Fact]
    public async Task a_photo_prints_large_enough_to_judge_the_damage()
    {
        var path = await ClaimPacket.Value;
        var images = Tool.Run("pdfimages", ["-list", path]).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            // Shown size in points: pixels over pixels-per-inch, times 72.
            var width = double.Parse(image[3], CultureInfo.InvariantCulture) / double.Parse(image[12], CultureInfo.InvariantCulture) * 72;
            var height = double.Parse(image[4], CultureInfo.InvariantCulture) / double.Parse(image[13], CultureInfo.InvariantCulture) * 72;
            Assert.True(width >= 260 || height >= 300, $"a photo is shown {width:0} x {height:0} pt (A4 is 595 x 842)");
        }
    }

    [Fact]
    public async Task qpdf_accepts_the_packet()
    {
        var check = Poppler.QpdfCheck(await ClaimPacket.Value);
        Assert.True(check.ExitCode is 0 or 3, check.Output + check.Error);
    }

    [Fact]
    public async Task an_unknown_waybill_or_a_bad_month_is_refused_with_a_message()
    {
        var store = await FinanceStore.GetAsync();
        var missing = await store.ClaimsAsync("packet", "--claim", "NOPE1", "-o", FinanceStore.TempFile(".pdf"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no claim for waybill NOPE1", missing.Err, StringComparison.Ordinal);
        var month = await store.ClaimsAsync("packet", "--carrier", "ZTO", "--month", "2026-13", "-o", FinanceStore.TempFile(".pdf"));
        Assert.Equal(2, month.Exit);
        Assert.Contains("yyyy-mm", month.Err, StringComparison.Ordinal);
        var both = await store.ClaimsAsync("packet", "--claim", "ZT910001", "--carrier", "ZTO", "-o", FinanceStore.TempFile(".pdf"));
        Assert.Equal(2, both.Exit);
    }

    [Fact]
    public async Task a_carrier_month_packet_of_300_claims_has_a_cover_the_table_and_one_page_per_claim()
    {
        var cs = await Claims.Testing.TestPostgres.CreateDatabaseAsync("packet300");
        Assert.Equal(0, (await FinanceStore.ClaimsAsync(cs, "contracts", "load", Register.Repo.Samples)).Exit);
        var first = new DateOnly(FinanceStore.Today.Year, FinanceStore.Today.Month, 1).AddMonths(-1);
        var incidents = FinanceStore.TempFile(".csv");
        await File.WriteAllLinesAsync(incidents, [FinanceStore.Header, .. Enumerable.Range(0, 300).Select(i =>
        {
            var day = first.AddDays(i % 28);
            return $"YT{880000 + i},YTO,{(i % 3 == 0 ? "damaged" : "lost")},forward,{Day(day.AddDays(-1))},{Day(day)},{100 + i}.00,0,8.00,{(i % 3 == 0 ? "50.00" : "")},1.0,,TB{i},破损 {i}";
        })]);
        var import = await FinanceStore.ClaimsAsync(cs, "import", "incidents", incidents, "--format", "json");
        Assert.True(import.Exit == 0, import.Err);
        var path = Paths.Artifacts("finance-carrier-month.pdf");

        var run = await FinanceStore.ClaimsAsync(cs, "packet", "--carrier", "圆通速递", "--month", first.ToString("yyyy-MM", CultureInfo.InvariantCulture), "-o", path);

        Assert.True(run.Exit == 0, run.Err);
        Poppler.RenderFirstPage(path, Paths.Artifacts("finance-carrier-month.png"));
        var pages = Poppler.Text(path).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(Poppler.PageCount(path), pages.Count);
        var sections = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("索赔函 Claim ·", StringComparison.Ordinal)).Select(p => p.i).ToList();
        Assert.Equal(300, sections.Count);
        Assert.Equal(Enumerable.Range(pages.Count - 300, 300), sections); // the claims come last, one page each
        Assert.Contains("圆通速递", pages[0]);
        Assert.Contains("CNY", pages[0]);
        var front = string.Join("\n", pages.Take(pages.Count - 300));
        Assert.All(Enumerable.Range(0, 300), i => Assert.Contains($"YT{880000 + i}", front));
        Assert.Contains("Deposit deductions", front);
        var check = Poppler.QpdfCheck(path);
        Assert.True(check.ExitCode is 0 or 3, check.Output + check.Error);
    }

    [Fact]
    public async Task a_carrier_month_packet_lists_the_months_penalties_with_clause_page_and_what_is_still_owed()
    {
        var store = await FinanceStore.GetAsync();
        var path = Paths.Artifacts("finance-carrier-month-penalty.pdf");
        var month = FinanceStore.Today.AddDays(-10).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var run = await store.ClaimsAsync("packet", "--carrier", "ZTO", "--month", month, "-o", path);

        Assert.True(run.Exit == 0, run.Err);
        var text = Poppler.Text(path);
        Assert.Contains("Service-level penalties (1)", text);
        Assert.Contains("ZTO-SH-2026-017 第 10 页第", text); // the cell wraps before "10.1 条"
        Assert.Contains("10.1 条", text);
        Assert.Contains("CNY 300.00", text);
        Assert.Contains("CNY 200.00", text); // 300.00 less the 100.00 paid
    }

    [Fact]
    public async Task a_carrier_month_packet_holds_only_that_carriers_figures_and_each_row_reconciles()
    {
        var store = await FinanceStore.GetAsync();
        var path = Paths.Artifacts("finance-carrier-month-own.pdf");
        var month = FinanceStore.Today.AddDays(-20).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var run = await store.ClaimsAsync("packet", "--carrier", "ZTO", "--month", month, "-o", path);

        Assert.True(run.Exit == 0, run.Err);
        var text = Poppler.Text(path);
        Assert.Contains("中通快递", text);
        foreach (var competitor in new[] { "FDX", "FedEx", "顺丰", "圆通", "京东", "菜鸟", "YTO", "CAINIAO", "其他承运商", "other carriers" })
            Assert.DoesNotContain(competitor, text, StringComparison.Ordinal);
        Assert.Contains("状态 Status", text);
        Assert.Contains("同意 Accepted", text);
        Assert.Contains("扣款 Deducted", text);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
