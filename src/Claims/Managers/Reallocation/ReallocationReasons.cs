using System.Globalization;

// Namespace Claims.Managers, not the folder's: the service is named Reallocation and a namespace of that name would hide it.
namespace Claims.Managers;

/// <summary>The one line a manager reads out for each carrier: its recent rates, then what the proposal does and what held it.</summary>
public static class ReallocationReasons
{
    public static (string En, string Zh) For(Reallocated s, ReallocationRules rules, string currency = "CNY")
    {
        var r = s.Record;
        var per10k = Number(r.IncidentsPerParcel * 10_000m, "0.0");
        // The loss per 1,000 parcels is what ranks the carriers: without it a carrier with fewer incidents but a worse
        // payer could be cut below one with more incidents, and the manager reading out the line could not say why.
        var lost = Number(r.LossPerParcel * 1_000m, "#,0.00");
        var (en, zh) = r.UnrecoveredFraction is { } u
            ? ($"{per10k} incidents per 10k, {Number(u * 100m, "0")}% unrecovered, {currency} {lost} lost per 1,000 parcels",
                $"每万件异常{per10k}件，{Number(u * 100m, "0")}%未获赔付，每千件损失{lost}{(currency == "CNY" ? "元" : " " + currency)}")
            : ($"{per10k} incidents per 10k, nothing assessed", $"每万件异常{per10k}件，无索赔金额");
        var (actionEn, actionZh) = Action(s, rules);
        var beyond = s.BeyondChangeLimit ? ("; more than the monthly limit, as the bounds require", "；超过每月调整上限，以满足份额约束") : ("", "");
        return ($"{en}; {actionEn}{beyond.Item1}", $"{zh}；{actionZh}{beyond.Item2}");
    }

    private static (string En, string Zh) Action(Reallocated s, ReallocationRules rules)
    {
        var share = Percent(s.Proposed);
        if (s.Limit == ShareLimit.NotInUse)
            return ("no volume last month, left at 0 (bringing a carrier in is the manager's call)", "上月无发货量，保持为0（是否启用由主管决定）");
        if (s.Limit == ShareLimit.BroughtIn)
            return ($"no volume last month, brought in at {share} (fewer than {rules.MinCarriers} carriers in use, or they are full)",
                $"上月无发货量，启用并分配{share}（在用承运商不足{rules.MinCarriers}家或已满）");
        var points = Number(Math.Abs(s.Proposed - s.Record.Current) * 100m, "0.#");
        var up = s.Proposed > s.Record.Current;
        var (en, zh) = s.Proposed == s.Record.Current || points == "0"
            ? ("share unchanged", "份额不变")
            : up ? ($"share raised by {points} points", $"份额上调{points}个百分点") : ($"share cut by {points} points", $"份额下调{points}个百分点");
        var (whyEn, whyZh) = s.Limit switch
        {
            ShareLimit.MaxShare => ($"largest share {Percent(rules.MaxShare)}", $"单家上限{Percent(rules.MaxShare)}"),
            ShareLimit.CarrierMax => ("its configured maximum", "配置的份额上限"),
            ShareLimit.Capacity => ("its capacity", "运力上限"),
            ShareLimit.ChangeLimit => ("max change per month", "每月调整上限"),
            ShareLimit.KeptFloor => ("lowest share for a carrier in use", "在用承运商的最低份额"),
            ShareLimit.CarrierMin => ("its configured minimum", "配置的份额下限"),
            ShareLimit.Balanced when up => ("less loss per parcel than the carriers it takes from", "每件损失低于调出方"),
            ShareLimit.Balanced => ("more loss per parcel than the carriers taking it", "每件损失高于承接方"),
            _ => ("no better carrier has room, or none is better", "无更优承运商可承接"),
        };
        return ($"{en} ({whyEn})", $"{zh}（{whyZh}）");
    }

    private static string Percent(decimal share) => Number(share * 100m, "0.#") + "%";

    private static string Number(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
