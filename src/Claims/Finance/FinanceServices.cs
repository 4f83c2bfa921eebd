using Claims.Finance.Exports;
using Claims.Finance.Packets;
using Claims.Infrastructure.EventStore;
using Claims.Infrastructure.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Finance;

/// <summary>Registers finance: the Excel/CSV exports, the PDF claim packets and their read models.</summary>
public static class FinanceServices
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.AddInlineProjection<FinanceProjection>();
        services.AddSingleton<FinanceExports>();
        services.AddSingleton<PacketData>();
        services.AddSingleton<ClaimPackets>();
        return services;
    }
}
