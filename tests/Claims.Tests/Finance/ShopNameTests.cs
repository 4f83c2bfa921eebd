using Claims.Documents.Tests.Support;
using Claims.Finance.Packets;
using Claims.Hosting;
using Claims.Infrastructure.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Finance;

public sealed class ShopNameTests
{
    [Fact]
    public async Task the_claimant_on_a_packet_is_the_configured_shop_name()
    {
        var store = await FinanceStore.GetAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Name", "杭州小熊母婴旗舰店")]).Build());
        services.AddClaimsCore(await ClaimsDatabase.ResolveAsync(new ClaimsDatabaseSettings { Connection = store.Connection }));
        await using var provider = services.BuildServiceProvider();
        var path = FinanceStore.TempFile(".pdf");

        await using (var file = File.Create(path))
            await provider.GetRequiredService<ClaimPackets>().WriteClaimPacketAsync(file, "claim:ZTO:ZT910002:forward", default);

        var text = Poppler.Text(path);
        Assert.Contains("杭州小熊母婴旗舰店", text);
        Assert.DoesNotContain(ClaimPackets.DefaultShopName, text);
        Assert.Contains("Payment received", text);
    }

    [Fact]
    public async Task a_packet_for_an_unknown_carrier_says_which_carrier_is_unknown()
    {
        var store = await FinanceStore.GetAsync();
        var run = await store.ClaimsAsync("packet", "--carrier", "NOBODY", "--month", "2026-03", "-o", FinanceStore.TempFile(".pdf"));
        Assert.Equal(2, run.Exit);
        Assert.Contains("no carrier NOBODY", run.Err, StringComparison.Ordinal);
    }
}
