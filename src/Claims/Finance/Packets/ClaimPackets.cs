using Claims.Documents.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Finance.Packets;

/// <summary>
/// PDF claim packets: one claim's packet, and a carrier's month (cover, claims table, deposit deductions, a section per
/// claim). The shop's name comes from configuration <c>Shop:Name</c>.
/// </summary>
public sealed class ClaimPackets(PacketData data, TimeProvider time, IServiceProvider services)
{
    /// <summary>The claimant named on packets when <c>Shop:Name</c> is not configured.</summary>
    public const string DefaultShopName = "本店 Our shop";

    private IConfiguration? Configuration => services.GetService<IConfiguration>();

    /// <exception cref="PacketNotFoundException">There is no claim with that id.</exception>
    public async Task WriteClaimPacketAsync(Stream output, string claimId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = await data.ClaimAsync(claimId, ct) ?? throw new PacketNotFoundException($"There is no claim {claimId}.");
        Write(new ClaimPacketDocument(model, Sender()), output);
    }

    /// <exception cref="PacketNotFoundException">The carrier is unknown.</exception>
    public async Task WriteCarrierMonthPacketAsync(Stream output, string carrier, int year, int month, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var model = await data.CarrierMonthAsync(carrier, year, month, ct)
            ?? throw new PacketNotFoundException($"There is no carrier {carrier}; `claims carriers` lists them.");
        Write(new CarrierMonthDocument(model, Sender()), output);
    }

    private PacketSender Sender()
    {
        var shop = Configuration?["Shop:Name"];
        return new PacketSender(string.IsNullOrWhiteSpace(shop) ? DefaultShopName : shop.Trim(), TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone));
    }

    private void Write(IDocument document, Stream output)
    {
        PdfHosting.Configure(Configuration);
        document.GeneratePdf(output);
    }
}

/// <summary>The claim or carrier a packet was asked for does not exist (the message says which).</summary>
public sealed class PacketNotFoundException(string message) : Exception(message);
