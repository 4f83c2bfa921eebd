using System.Globalization;
using Claims.Contracts.Currencies;
using Claims.Managers.Scorecards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Namespace Claims.Managers, not the folder's: the service is named Reallocation and a namespace of that name would hide it.
namespace Claims.Managers;

/// <summary>
/// The volume reallocation proposal for a month, from the scorecard read models only: current shares from the volumes
/// of the last month before it that has any (normally the month before), rates and costs from the three months ending
/// there. One currency per proposal: the one most parcels were shipped in; carriers in others are named in the notes.
/// </summary>
public sealed class Reallocation(NpgsqlDataSource db, IServiceProvider services)
{
    private ReallocationSettings Settings =>
        services.GetService<ReallocationSettings>() ?? ReallocationSettings.From(services.GetService<IConfiguration>());

    public async Task<ReallocationProposal> ProposeAsync(ReallocationRequest request, CancellationToken ct)
    {
        var settings = Settings;
        var rules = new ReallocationRules(request.MinCarriers, request.MaxShare, settings.MaxChangePerMonth, settings.MinShareWhenKept);
        var baseMonth = await LastVolumeMonthAsync(request.Month, ct)
            ?? throw new ReallocationInfeasibleException("no-volume",
                $"No shipment volume is recorded before {request.Month}: record the carriers' monthly volumes first (they give the current shares).");
        var (from, notes, notesZh) = (baseMonth.AddMonths(-2), new List<string>(), new List<string>());
        var data = await ScorecardReader.ReadAsync(db, from, baseMonth, ct);

        var volumes = data.Keys.Select(k => (k.Carrier, k.Currency, Parcels: data.Months.GetValueOrDefault((k, baseMonth))?.Parcels ?? 0L)).Where(v => v.Parcels > 0).ToList();
        var currency = volumes.GroupBy(v => v.Currency).OrderByDescending(g => g.Sum(v => v.Parcels)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var total = volumes.Where(v => v.Currency == currency).Sum(v => v.Parcels);
        var parcelsText = total.ToString("N0", CultureInfo.InvariantCulture);
        notes.Add($"Current shares are those of {baseMonth}'s {parcelsText} parcels in {currency}; " +
            $"rates and costs from {from} to {baseMonth}. Unrecovered loss is what was assessed less what carriers paid or the deposit covered.");
        notesZh.Add($"当前份额取自 {baseMonth} 的 {parcelsText} 件（{currency}）；异常率与成本取自 {from} 至 {baseMonth}。未收回损失为核定索赔金额减去承运商已付及押金抵扣。");
        if (baseMonth.CompareTo(request.Month.AddMonths(-1)) < 0)
        {
            notes.Add($"No volume is recorded for {request.Month.AddMonths(-1)}: the latest month with volumes, {baseMonth}, was used.");
            notesZh.Add($"{request.Month.AddMonths(-1)} 未登记发货量：改用最近有发货量的月份 {baseMonth}。");
        }
        foreach (var other in volumes.Where(v => v.Currency != currency).GroupBy(v => v.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var codes = string.Join(", ", other.Select(v => v.Carrier).Order(StringComparer.Ordinal));
            notes.Add($"Carriers shipping in {other.Key} are not in this proposal: {codes}.");
            notesZh.Add($"以 {other.Key} 结算的承运商不在本建议中：{codes}。");
        }

        var carriers = new List<CarrierRecord>();
        var keys = data.Keys.Where(k => k.Currency == currency).ToList();
        // Current shares to 4 places as the proposal gives its own, so a move of 10 points reads as 10.00, not 9.99.
        var current = Reallocator.SharesOf([.. keys.Select(k => data.Months.GetValueOrDefault((k, baseMonth))?.Parcels ?? 0L)]);
        foreach (var (key, share) in keys.Zip(current))
        {
            var window = new MonthTally();
            foreach (var month in YearMonth.Range(from, baseMonth))
            {
                if (data.Months.GetValueOrDefault((key, month)) is { Parcels: > 0 } tally)
                    window.Add(tally);
            }
            if (window.Parcels == 0)
                continue;
            var loss = Math.Max(0m, window.Assessed - window.Received - window.Deducted);
            var bounds = settings.Carriers.GetValueOrDefault(key.Carrier);
            carriers.Add(new CarrierRecord(key.Carrier, data.Names.GetValueOrDefault(key.Carrier, key.Carrier), share,
                (decimal)window.Incidents / window.Parcels, loss / window.Parcels, window.Assessed > 0 ? loss / window.Assessed : null,
                bounds?.MinShare, bounds?.MaxShare, bounds?.Capacity is { } capacity ? Math.Min(1m, (decimal)capacity / total) : null));
        }

        var idle = keys.Where(k => carriers.All(c => c.Carrier != k.Carrier)).Select(k => k.Carrier).ToList();
        if (idle.Count > 0)
        {
            notes.Add($"Not in this proposal (no volume recorded from {from} to {baseMonth}, so no rates): {string.Join(", ", idle)}.");
            notesZh.Add($"{from} 至 {baseMonth} 未登记发货量、无法计算比率的承运商不在本建议中：{string.Join(", ", idle)}。");
        }
        var shares = Reallocator.Propose(carriers, rules);
        var (incidents, unrecovered) = Reallocator.ExpectedChange(shares, total);
        var proposals = shares.Select(s =>
        {
            var (en, zh) = ReallocationReasons.For(s, rules, currency);
            return new ShareProposal(s.Record.Carrier, s.Record.Name, s.Record.Current, s.Proposed, en, zh);
        }).ToList();
        return new ReallocationProposal(request.Month, currency, proposals,
            Math.Round(incidents, 1, MidpointRounding.AwayFromZero),
            Math.Round(unrecovered, Iso4217.DecimalsOf(currency), MidpointRounding.AwayFromZero), notes) { NotesZh = notesZh };
    }

    private async Task<YearMonth?> LastVolumeMonthAsync(YearMonth month, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select max(year * 12 + month - 1) from volumes where year * 12 + month < $1 and parcels > 0");
        command.Parameters.Add(new NpgsqlParameter { Value = (month.Year * 12) + month.Month });
        return await command.ExecuteScalarAsync(ct) is int at ? new YearMonth(at / 12, (at % 12) + 1) : null;
    }
}
